package nl.bewonersplein.site;

import java.net.http.HttpResponse;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, defect 13: {@code /error} asked for directly, and the language cookie over
 * TLS.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class RobustnessTests {

	@LocalServerPort
	int port;

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() {
		Http http = new Http(this.port);
		assertThat(http.get("/error").statusCode()).isEqualTo(404);
		assertThat(http.get("/error", "Accept", "application/json").statusCode()).isEqualTo(404);
		assertThat(http.get("/error/x").statusCode()).isEqualTo(404);
		assertThat(http.get("/bestaat-niet").statusCode()).as("real errors still work").isEqualTo(404);
	}

	@Test
	void theLanguageCookieIsSecureBehindTls() {
		Http http = new Http(this.port);
		HttpResponse<String> tls = http.get("/over-ons?lang=en", "X-Forwarded-Proto", "https");
		assertThat(tls.headers().allValues("Set-Cookie")).anySatisfy((cookie) -> assertThat(cookie).startsWith("taal=")
			.containsIgnoringCase("; Secure")
			.containsIgnoringCase("HttpOnly"));
		HttpResponse<String> plain = http.get("/over-ons?lang=en");
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("taal=").doesNotContainIgnoringCase("secure"));
	}

	@Test
	void unreadableInputIsAClientErrorAndOneQuietLogLine(CapturedOutput output) {
		Http visitor = Http.withCookies(this.port);
		String token = visitor.csrfToken("/wachtwoord-vergeten");
		for (String body : new String[] { "email=%C3%28&_csrf=" + token, "email=%FF%FE%00&_csrf=" + token,
				"email=" + "a".repeat(3 * 1024 * 1024) + "&_csrf=" + token, "email=%ZZ&_csrf=" + token }) {
			int status = visitor.postEncoded("/wachtwoord-vergeten", body).statusCode();
			assertThat(status).as(body.substring(0, Math.min(body.length(), 30))).isBetween(200, 499);
		}
		assertThat(output.getAll()).doesNotContain(" ERROR ", "\tat org.apache");
	}

}
