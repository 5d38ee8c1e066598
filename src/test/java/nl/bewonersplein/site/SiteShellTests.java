package nl.bewonersplein.site;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SiteShellTests {

	@LocalServerPort
	int port;

	Http http;

	@Autowired
	List<MenuSection> sections;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void homePageShowsTheDemoNetworkInDutch() {
		HttpResponse<String> home = this.http.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"nl\">", "<h1>Bewonersplein</h1>",
				"Het landelijke netwerk van bewonersinitiatieven", "Naar de inhoud", "href=\"tel:0123456789\"",
				"Eenzaamheid verminderen", "Inclusieve energietransitie", "VSBfonds", "Fontys Hogescholen",
				"href=\"/privacyverklaring\"", "href=\"/toegankelijkheidsverklaring\"");
		assertThat(home.body().length()).as("HTML of a page stays under 30 KB").isLessThan(30 * 1024);
	}

	@Test
	void staticPagesComeFromTheDatabaseWithBreadcrumbs() {
		for (String slug : List.of("over-ons", "contact", "privacyverklaring", "toegankelijkheidsverklaring")) {
			HttpResponse<String> page = this.http.get("/" + slug);
			assertThat(page.statusCode()).as(slug).isEqualTo(200);
			assertThat(page.body()).contains("aria-label=\"Kruimelpad\"", "<a href=\"/\">Startpagina</a>",
					"<span aria-current=\"page\">");
		}
		assertThat(this.http.get("/toegankelijkheidsverklaring").body()).contains("WCAG 2.2");
	}

	@Test
	void unknownPageIsADutch404WithSearchAndAWayBack() {
		HttpResponse<String> missing = this.http.get("/dit-bestaat-niet");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Deze pagina bestaat niet (meer)", "action=\"/zoeken\"",
				"Naar de startpagina", "<html lang=\"nl\">");
		assertThat(this.http.get("/a/b/c").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/thema/onbekend").statusCode()).isEqualTo(404);
	}

	@Test
	void serverErrorIsADutchPageWithoutTechnicalDetails() {
		HttpResponse<String> failure = this.http.get(FailingTestController.PATH);
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).contains("Er ging iets mis bij ons", "action=\"/zoeken\"")
			.doesNotContain("IllegalStateException", FailingTestController.SECRET, "at nl.bewonersplein");
		assertThat(failure.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	@Test
	void everyResponseCarriesTheProtectiveHeaders() {
		for (String path : List.of("/", "/over-ons", "/dit-bestaat-niet", "/zoeken?q=buurt")) {
			HttpResponse<String> response = this.http.get(path);
			String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
			assertThat(csp).as(path)
				.contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
		}
	}

	@Test
	void anonymousVisitorsGetNoCookie() {
		for (String path : List.of("/", "/over-ons", "/thema/zorg", "/zoeken?q=buurt", "/dit-bestaat-niet")) {
			assertThat(this.http.get(path).headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void unchangedPagesAnswer304AndPagesAreCompressed() {
		HttpResponse<String> first = this.http.get("/over-ons");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.get("/over-ons", "If-None-Match", etag).statusCode()).isEqualTo(304);
		HttpResponse<byte[]> gzipped = this.http.getBytes("/over-ons", "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
	}

	@Test
	void staticAssetsAreFingerprintedAndCachedForAYear() {
		Matcher css = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(this.http.get("/").body());
		assertThat(css.find()).as("fingerprinted style sheet link").isTrue();
		HttpResponse<byte[]> stylesheet = this.http.getBytes(css.group(1));
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
	}

	@Test
	void englishIsChosenFromTheBrowserOrTheSwitch() {
		assertThat(this.http.get("/", "Accept-Language", "en-GB,en;q=0.8").body()).contains("<html lang=\"en\">",
				"Our themes", "Skip to content");
		assertThat(this.http.get("/", "Accept-Language", "de-DE").body()).contains("<html lang=\"nl\">");
		HttpResponse<String> switched = this.http.get("/over-ons?lang=en");
		assertThat(switched.body()).contains("<html lang=\"en\">", "href=\"/over-ons?lang=nl\"");
		String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("taal=en").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(this.http.get("/", "Cookie", "taal=en").body()).contains("<html lang=\"en\">");
		assertThat(this.http.get("/?lang=xx").body()).contains("<html lang=\"nl\">");
	}

	@Test
	void onlyTheHealthEndpointIsExposed() {
		assertThat(this.http.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/actuator/beans").statusCode()).isEqualTo(404);
	}

	@Test
	void theMenuShowsTheSectionsTheModulesDeclareInTheirOrder() {
		String home = this.http.get("/").body();
		String nav = home.split("<nav class=\"main-nav\"")[1].split("</nav>")[0];
		List<String> links = new java.util.ArrayList<>();
		Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(nav);
		while (href.find()) {
			links.add(href.group(1));
		}
		assertThat(links).as("no section is named by the site module itself")
			.isEqualTo(this.sections.stream()
				.sorted(java.util.Comparator.comparingInt(MenuSection::order))
				.map(MenuSection::path)
				.toList());
		assertThat(links).contains("/zoeken", "/thema", "/agenda", "/leden", "/bestellen")
			.startsWith("/nieuws", "/toolkit", "/kennis")
			.endsWith("/thema", "/zoeken");
		for (String link : links) {
			assertThat(this.http.get(link).statusCode()).as(link).isEqualTo(200);
		}
	}

}
