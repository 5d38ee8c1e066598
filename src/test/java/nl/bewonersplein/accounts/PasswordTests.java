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
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordTests {

	static final String NEW_PASSWORD = "mijn nieuwe wachtwoordzin";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void forgottenPasswordJourney(CapturedOutput output) {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http visitor = Http.withCookies(this.port);
		HttpResponse<String> asked = visitor.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten",
				Map.of("email", editor.getEmail().toUpperCase()));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(visitor.get(asked.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
			.body()).contains("Als dit e-mailadres bij ons bekend is");

		String link = AccountFixtures.linkInLastMail(this.jdbc, editor.getEmail(), "/wachtwoord-herstellen/");
		assertThat(AccountFixtures.mailsTo(this.jdbc, editor.getEmail()).get(0)).contains("De link werkt een uur");
		HttpResponse<String> weak = visitor.submit(link, link, Map.of("password", "kort", "repeat", "kort"));
		assertThat(weak.statusCode()).isEqualTo(422);
		assertThat(weak.body()).contains("te kort");
		HttpResponse<String> chosen = visitor.submit(link, link,
				Map.of("password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(chosen.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("/inloggen?wachtwoord-gekozen"));

		assertThat(visitor.get(link).statusCode()).as("a link works once").isEqualTo(410);
		assertThat(Http.withCookies(this.port).login(editor.getEmail(), NEW_PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		assertThat(Http.withCookies(this.port)
			.login(editor.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("fout"));
	}

	@Test
	void unknownAddressGetsTheSameAnswerAndNoMail() {
		HttpResponse<String> asked = Http.withCookies(this.port)
			.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", "onbekend-adres@example.org"));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).contains("verstuurd"));
		assertThat(AccountFixtures.mailsTo(this.jdbc, "onbekend-adres@example.org")).isEmpty();
		HttpResponse<String> bad = Http.withCookies(this.port)
			.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", "geen adres\u0000"));
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("Vul een geldig e-mailadres in");
	}

	@Test
	void aResetLinkExpiresAfterAnHour() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http.withCookies(this.port)
			.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", editor.getEmail()));
		String link = AccountFixtures.linkInLastMail(this.jdbc, editor.getEmail(), "/wachtwoord-herstellen/");
		this.clock.advance(Duration.ofMinutes(61));
		HttpResponse<String> late = Http.withCookies(this.port).get(link);
		assertThat(late.statusCode()).isEqualTo(410);
		assertThat(late.body()).contains("Deze link werkt niet meer");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http browser = Http.withCookies(this.port);
		browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		HttpResponse<String> wrong = browser.submit("/account/wachtwoord", "/account/wachtwoord",
				Map.of("current", "niet mijn wachtwoord", "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Dit is niet je huidige wachtwoord");
		HttpResponse<String> changed = browser.submit("/account/wachtwoord", "/account/wachtwoord",
				Map.of("current", AccountFixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/account").body()).contains("Je wachtwoord is gewijzigd");
		assertThat(this.encoder.matches(NEW_PASSWORD,
				this.accounts.findById(editor.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http here = Http.withCookies(this.port);
		Http elsewhere = Http.withCookies(this.port);
		here.login(editor.getEmail(), AccountFixtures.PASSWORD);
		elsewhere.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		HttpResponse<String> changed = here.submit("/account/wachtwoord", "/account/wachtwoord",
				Map.of("current", AccountFixtures.PASSWORD, "password", NEW_PASSWORD, "repeat", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(here.get("/account").statusCode()).as("this session stays logged in").isEqualTo(200);
		assertThat(elsewhere.get("/account").statusCode()).as("the other session is ended").isEqualTo(302);
	}

	@Test
	void aPasswordResetEndsEverySessionOfTheAccount() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http elsewhere = Http.withCookies(this.port);
		elsewhere.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(200);

		Http visitor = Http.withCookies(this.port);
		visitor.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", editor.getEmail()));
		String link = AccountFixtures.linkInLastMail(this.jdbc, editor.getEmail(), "/wachtwoord-herstellen/");
		assertThat(visitor.submit(link, link, Map.of("password", NEW_PASSWORD, "repeat", NEW_PASSWORD)).statusCode())
			.isEqualTo(302);
		assertThat(elsewhere.get("/account").statusCode()).as("logged out by the reset").isEqualTo(302);
	}

}
