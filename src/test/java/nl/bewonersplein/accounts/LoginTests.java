package nl.bewonersplein.accounts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class LoginTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Accounts accountService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void staffLogInToTheAdminAndTheLoginIsAudited() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http browser = Http.withCookies(this.port);
		HttpResponse<String> login = browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		HttpResponse<String> session = login;
		assertThat(session.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		HttpResponse<String> admin = browser.get("/admin");
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("Welkom, " + editor.getDisplayName());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'login.succeeded' and subject = ?", Integer.class,
				"account " + editor.getId()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("select subject || detail from audit_entry", String.class))
			.noneMatch((line) -> line.contains("@"));
	}

	@Test
	void unknownAccountAndWrongPasswordGetTheSameAnswer() {
		Account someone = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http visitor = Http.withCookies(this.port);
		HttpResponse<String> unknown = visitor.login("niemand@example.org", "wat dan ook hier");
		HttpResponse<String> wrong = visitor.login(someone.getEmail(), "fout wachtwoord hier");
		assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
		String page = visitor.get("/inloggen?fout").body().replaceAll("value=\"[^\"]+\"", "");
		assertThat(page).contains("Inloggen lukte niet");
	}

	@Test
	void fiveFailuresInARowLockTheAccountForFifteenMinutes() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		for (int i = 0; i < 5; i++) {
			Http.withCookies(this.port).login(editor.getEmail(), "fout wachtwoord " + i);
		}
		HttpResponse<String> locked = Http.withCookies(this.port).login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(locked.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("fout"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'account.locked' and subject = ?", Integer.class,
				"account " + editor.getId()))
			.isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(9));
		assertThat(Http.withCookies(this.port)
			.login(editor.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("fout"));
		this.clock.advance(Duration.ofMinutes(7));
		assertThat(Http.withCookies(this.port)
			.login(editor.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
	}

	@Test
	void moreThanSixLoginAttemptsPerMinuteFromOneAddressGet429() {
		Http visitor = Http.withCookies(this.port);
		for (int i = 0; i < 6; i++) {
			assertThat(visitor.login("iemand" + i + "@example.org", "geen idee wat").statusCode()).isEqualTo(302);
		}
		HttpResponse<String> seventh = visitor.login("iemand@example.org", "geen idee wat");
		assertThat(seventh.statusCode()).isEqualTo(429);
		assertThat(seventh.body()).contains("Even rustig aan");
		assertThat(seventh.headers().firstValue("Retry-After")).contains("60");
		assertThat(Http.withCookies(this.port).login("ander@example.org", "geen idee wat").statusCode())
			.as("another address is not limited")
			.isEqualTo(302);
	}

	@Test
	void deactivatingSomeoneEndsTheirSessionAtOnce() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http browser = Http.withCookies(this.port);
		browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		this.accountService.deactivate(editor.getId());
		HttpResponse<String> after = browser.get("/admin");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/inloggen"));
		assertThat(Http.withCookies(this.port)
			.login(editor.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("fout"));
	}

	@Test
	void postsWithoutCsrfTokenOrWithAFilledHoneypotAreRefused() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http browser = Http.withCookies(this.port);
		browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(browser
			.post("/account/wachtwoord", Map.of("current", AccountFixtures.PASSWORD, "password",
					"nieuw lang wachtwoord", "repeat", "nieuw lang wachtwoord"))
			.statusCode()).isEqualTo(403);
		assertThat(Http.withCookies(this.port)
			.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten",
					Map.of("email", editor.getEmail(), "website", "http://spam.example"))
			.statusCode()).isEqualTo(400);
		assertThat(AccountFixtures.mailsTo(this.jdbc, editor.getEmail())).as("no mail for a bot").isEmpty();
	}

}
