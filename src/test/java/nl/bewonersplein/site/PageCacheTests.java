package nl.bewonersplein.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import nl.bewonersplein.CachedSiteTest;
import nl.bewonersplein.Http;
import nl.bewonersplein.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache as a visitor meets it: the same page, headers and ETag from the cache as
 * rendered, compressed when asked, 304 without rendering, per language, and never for a
 * visitor with a session or for a page with a form that carries a token.
 */
@CachedSiteTest
class PageCacheTests {

	@LocalServerPort
	int port;

	@Autowired
	PageCache pages;

	@Test
	void aPublicPageIsRenderedOnceAndThenServedAsItWasWithoutSessionOrCookie() throws IOException {
		this.pages.changed();
		Http visitor = new Http(this.port);
		SqlStatements.Measured rendered = SqlStatements.get(visitor, "/over-ons");
		SqlStatements.Measured cached = SqlStatements.get(visitor, "/over-ons");
		assertThat(rendered.statements()).isPositive();
		assertThat(cached.statements()).as("served from the cache").isZero();
		assertThat(cached.body()).isEqualTo(rendered.body());
		for (String header : new String[] { "Content-Security-Policy", "X-Content-Type-Options", "Content-Type",
				"Content-Language", "ETag" }) {
			assertThat(cached.response().headers().firstValue(header)).as(header)
				.isEqualTo(rendered.response().headers().firstValue(header))
				.isPresent();
		}
		assertThat(cached.response().headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<byte[]> zipped = visitor.getBytes("/over-ons", "Accept-Encoding", "gzip");
		assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered.body());
		}

		String etag = cached.response().headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> notModified = visitor.get("/over-ons", "If-None-Match", etag);
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		Http visitor = new Http(this.port);
		String dutch = visitor.get("/over-ons").body();
		String english = visitor.get("/over-ons", "Accept-Language", "en").body();
		assertThat(dutch).contains("lang=\"nl\"");
		assertThat(english).contains("lang=\"en\"");
		assertThat(visitor.get("/over-ons").body()).contains("lang=\"nl\"");
	}

	@Test
	void aVisitorWithASessionNeverGetsAKeptPage() {
		Http anonymous = new Http(this.port);
		anonymous.get("/over-ons");
		assertThat(SqlStatements.get(anonymous, "/over-ons").statements()).isZero();
		SqlStatements.Measured withSession = SqlStatements.get(anonymous, "/over-ons", "Cookie", "SESSION=abc");
		assertThat(withSession.statements()).as("rendered for this visitor").isPositive();
	}

	@Test
	void aPageWithACsrfTokenIsNeverKept() {
		Http visitor = new Http(this.port);
		visitor.get("/inloggen");
		SqlStatements.Measured again = SqlStatements.get(visitor, "/inloggen");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.statements()).as("rendered again").isPositive();
	}

}
