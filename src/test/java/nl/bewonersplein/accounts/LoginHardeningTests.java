package nl.bewonersplein.accounts;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.shared.Role;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, defects 4, 5, 6 and 9: forwarded headers only from trusted proxies, a brake on
 * guessing across accounts, one password hash in every login branch, no-store on private
 * pages, and an unknown role in a form as a 422.
 */
@SiteTest
class LoginHardeningTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccountDetailsService details;

	@Autowired
	WebServerApplicationContext server;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void forwardedHeadersAreTrustedFromLoopbackOnly() {
		RemoteIpValve valve = Arrays
			.stream(((TomcatWebServer) this.server.getWebServer()).getTomcat().getEngine().getPipeline().getValves())
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow();
		String proxies = valve.getInternalProxies();
		assertThat("127.0.0.1").matches(proxies);
		assertThat("127.12.0.3").matches(proxies);
		assertThat("0:0:0:0:0:0:0:1").matches(proxies);
		for (String untrusted : new String[] { "10.0.0.1", "192.168.1.20", "172.16.0.1", "169.254.1.1", "100.64.0.1",
				"8.8.8.8", "fd00:0:0:0:0:0:0:1" }) {
			assertThat(untrusted).as(untrusted).doesNotMatch(proxies);
		}
	}

	@Test
	void manyFailedLoginsAcrossAccountsSlowEveryLogin() {
		TestClock time = new TestClock();
		LoginSlowdown slowdown = new LoginSlowdown(30, Duration.ofSeconds(3), time);
		for (int i = 0; i < 30; i++) {
			slowdown.failed();
		}
		assertThat(slowdown.delay()).as("up to the limit: no delay").isZero();
		slowdown.failed();
		assertThat(slowdown.delay()).isEqualTo(Duration.ofMillis(100));
		for (int i = 0; i < 100; i++) {
			slowdown.failed();
		}
		assertThat(slowdown.delay()).as("capped").isEqualTo(Duration.ofSeconds(3));
		time.advance(Duration.ofSeconds(61));
		assertThat(slowdown.delay()).as("a minute later").isZero();
	}

	@Test
	void everyLoginBranchHashesOnce() {
		Account invited = this.accounts.save(new Account("uitgenodigd-" + System.nanoTime() + "@example.org",
				"Uitgenodigd", java.util.EnumSet.of(Role.EDITOR), Instant.now()));
		AccountPrincipal principal = this.details.loadUserByUsername(invited.getEmail());
		assertThat(principal.getPassword()).as("a real hash, as costly as any other")
			.matches("\\{bcrypt\\}\\$2[aby]\\$\\d\\d\\$.{53}");
		assertThat(this.encoder.matches("", principal.getPassword())).isFalse();

		Account locked = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		this.jdbc.update("update account set locked_until = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().plus(Duration.ofHours(1))), locked.getId());
		AtomicInteger hashes = new AtomicInteger();
		AccountDetailsService counting = new AccountDetailsService(this.accounts, new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return AccountFixtures.PASSWORD;
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				hashes.incrementAndGet();
				return false;
			}
		}, Clock.fixed(Instant.now(), ZoneOffset.UTC));
		assertThat(counting.loadUserByUsername(locked.getEmail()).isAccountNonLocked()).isFalse();
		assertThat(hashes).as("a locked account is refused before its password check: hash a dummy").hasValue(1);
	}

	@Test
	void privatePagesAreNeverStored() {
		Account admin = AccountFixtures.create(this.accounts, this.encoder, Role.ADMIN);
		Http anonymous = new Http(this.port);
		assertThat(anonymous.get("/inloggen").headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(anonymous.get("/nieuws").headers().allValues("Cache-Control")).doesNotContain("no-store");

		Http browser = Http.withCookies(this.port);
		browser.login(admin.getEmail(), AccountFixtures.PASSWORD);
		for (String path : new String[] { "/admin", "/account", "/admin/gebruikers",
				"/admin/gebruikers/" + admin.getId() + "/export", "/nieuws" }) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
			assertThat(page.headers().firstValue("ETag")).as(path).isEmpty();
		}
	}

	@Test
	void aRoleOutsideTheListIsA422() {
		Account admin = AccountFixtures.create(this.accounts, this.encoder, Role.ADMIN);
		Http browser = Http.withCookies(this.port);
		browser.login(admin.getEmail(), AccountFixtures.PASSWORD);
		for (String role : new String[] { "BOGUS", "-5", "admin", "EDITOR,BOGUS", "%00" }) {
			HttpResponse<String> answer = browser.submit("/admin/gebruikers/nieuw", "/admin/gebruikers", Map.of("name",
					"Nieuwe Persoon", "email", "nieuw-" + System.nanoTime() + "@example.org", "roles", role));
			assertThat(answer.statusCode()).as(role).isEqualTo(422);
			assertThat(answer.body()).as(role).contains("Kies een rol uit de lijst", "Nieuwe Persoon");
		}
		HttpResponse<String> right = browser.submit("/admin/gebruikers/nieuw", "/admin/gebruikers", Map.of("name",
				"Nieuwe Persoon", "email", "nieuw-" + System.nanoTime() + "@example.org", "roles", "EDITOR"));
		assertThat(right.statusCode()).isEqualTo(302);
	}

	@Test
	void resetLinksAreHiddenFromStaffReadingTheOutbox() {
		Account editor = AccountFixtures.create(this.accounts, this.encoder, Role.EDITOR);
		Http.withCookies(this.port)
			.submit("/wachtwoord-vergeten", "/wachtwoord-vergeten", Map.of("email", editor.getEmail()));
		String link = AccountFixtures.linkInLastMail(this.jdbc, editor.getEmail(), "/wachtwoord-herstellen/");
		String token = link.substring(link.lastIndexOf('/') + 1);
		Long mail = this.jdbc.queryForObject("select max(id) from mail_outbox where recipient = ?", Long.class,
				editor.getEmail());

		Account admin = AccountFixtures.create(this.accounts, this.encoder, Role.ADMIN);
		Http browser = Http.withCookies(this.port);
		browser.login(admin.getEmail(), AccountFixtures.PASSWORD);
		HttpResponse<String> shown = browser.get("/admin/mail/" + mail);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).as("the admin sees that a reset was sent").contains("/wachtwoord-herstellen/");
		assertThat(shown.body()).doesNotContain(token).contains("alleen de ontvanger");
		assertThat(browser.get("/admin/mail/" + mail + "/html").body()).doesNotContain(token);
	}

}
