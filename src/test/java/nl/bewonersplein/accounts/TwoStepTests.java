package nl.bewonersplein.accounts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class TwoStepTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TwoStep twoStep;

	@Autowired
	TestClock clock;

	@Test
	void codesMatchTheRfc6238TestVector() {
		String secret = Totp.base32("12345678901234567890".getBytes());
		assertThat(Totp.code(secret, 59 / 30)).isEqualTo("287082");
		assertThat(Totp.code(secret, 1111111109L / 30)).isEqualTo("081804");
		assertThat(Totp.verify(secret, "287 082", Instant.ofEpochSecond(59))).isTrue();
		assertThat(Totp.verify(secret, "287083", Instant.ofEpochSecond(59))).isFalse();
		assertThat(Totp.verify(secret, "abc", Instant.ofEpochSecond(59))).isFalse();
	}

	@Test
	void withTwoStepVerificationTheCodeIsAskedAfterThePassword() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		String secret = Totp.newSecret();
		List<String> recovery = this.twoStep
			.enable(editor.getId(), secret, Totp.code(secret, this.clock.instant().getEpochSecond() / 30))
			.orElseThrow();
		assertThat(recovery).hasSize(RecoveryCodes.COUNT);

		Http browser = Http.withCookies(this.port);
		HttpResponse<String> password = browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/inloggen/code"));
		assertThat(browser.get("/admin").statusCode()).as("not logged in before the code").isEqualTo(302);

		HttpResponse<String> wrong = browser.submit("/inloggen/code", "/inloggen/code", Map.of("code", "000000"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Deze code klopt niet");

		// The code of the step used to switch it on is spent; the next step's code is
		// accepted.
		String code = Totp.code(secret, this.clock.instant().getEpochSecond() / 30 + 1);
		HttpResponse<String> right = browser.submit("/inloggen/code", "/inloggen/code", Map.of("code", code));
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeWorksOnce() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		String secret = Totp.newSecret();
		String recovery = this.twoStep
			.enable(editor.getId(), secret, Totp.code(secret, this.clock.instant().getEpochSecond() / 30))
			.orElseThrow()
			.get(0);
		for (int attempt = 0; attempt < 2; attempt++) {
			Http browser = Http.withCookies(this.port);
			browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
			HttpResponse<String> result = browser.submit("/inloggen/code", "/inloggen/code", Map.of("code", recovery));
			assertThat(result.statusCode()).isEqualTo((attempt == 0) ? 302 : 422);
		}
	}

	@Test
	void wrongCodesLockTheAccountAcrossLoginsEvenThoughThePasswordIsRight() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		String secret = Totp.newSecret();
		this.twoStep.enable(editor.getId(), secret, Totp.code(secret, step())).orElseThrow();
		// Three logins with the right password and four wrong codes each: the fifth wrong
		// code locks the account, however often the password was right in between.
		int wrong = 0;
		for (int login = 0; login < 3 && wrong < LoginAttempts.MAX_FAILURES; login++) {
			Http browser = Http.withCookies(this.port);
			HttpResponse<String> password = browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
			assertThat(password.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/inloggen/code"));
			for (int attempt = 0; attempt < 4 && wrong < LoginAttempts.MAX_FAILURES; attempt++, wrong++) {
				assertThat(browser.submit("/inloggen/code", "/inloggen/code", Map.of("code", "000000")).statusCode())
					.isEqualTo(422);
			}
		}
		assertThat(this.accounts.findById(editor.getId()).orElseThrow().isLocked(this.clock.instant())).isTrue();
		Http browser = Http.withCookies(this.port);
		HttpResponse<String> password = browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotEndWith("/inloggen/code"));
		assertThat(this.twoStep.check(editor.getId(), Totp.code(secret, step() + 1))).as("locked: right code refused")
			.isEmpty();
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		String secret = Totp.newSecret();
		this.twoStep.enable(editor.getId(), secret, Totp.code(secret, step() - 1)).orElseThrow();
		String code = Totp.code(secret, step());
		for (int attempt = 0; attempt < 2; attempt++) {
			Http browser = Http.withCookies(this.port);
			browser.login(editor.getEmail(), AccountFixtures.PASSWORD);
			HttpResponse<String> result = browser.submit("/inloggen/code", "/inloggen/code", Map.of("code", code));
			assertThat(result.statusCode()).as("attempt " + attempt).isEqualTo((attempt == 0) ? 302 : 422);
		}
		assertThat(this.twoStep.check(editor.getId(), Totp.code(secret, step() - 1))).as("an earlier step").isEmpty();
		assertThat(this.twoStep.check(editor.getId(), Totp.code(secret, step() + 1))).as("a later step").isPresent();
	}

	@Test
	void wrongPasswordsDoNotKeepAnAdminWithTwoStepOut() {
		Account admin = AccountFixtures.create(this.accounts, this.encoder, Role.ADMIN);
		String secret = Totp.newSecret();
		this.twoStep.enable(admin.getId(), secret, Totp.code(secret, step() - 1)).orElseThrow();
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			Http.withCookies(this.port).login(admin.getEmail(), "fout wachtwoord " + i);
		}
		Account locked = this.accounts.findById(admin.getId()).orElseThrow();
		assertThat(locked.isPasswordLocked(this.clock.instant())).as("the lock is kept").isTrue();
		assertThat(locked.isLocked(this.clock.instant())).as("but the owner can still get in").isFalse();

		Http browser = Http.withCookies(this.port);
		HttpResponse<String> password = browser.login(admin.getEmail(), AccountFixtures.PASSWORD);
		assertThat(password.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/inloggen/code"));
		HttpResponse<String> code = browser.submit("/inloggen/code", "/inloggen/code",
				Map.of("code", Totp.code(secret, step())));
		assertThat(code.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/admin"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

		Account plain = AccountFixtures.create(this.accounts, this.encoder, Role.ADMIN);
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			Http.withCookies(this.port).login(plain.getEmail(), "fout wachtwoord " + i);
		}
		assertThat(Http.withCookies(this.port)
			.login(plain.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).as("without two-step the lock holds")
			.hasValueSatisfying((l) -> assertThat(l).contains("fout"));
	}

	private long step() {
		return this.clock.instant().getEpochSecond() / 30;
	}

}
