package nl.bewonersplein.search;

import java.net.http.HttpResponse;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SiteSearchTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void dutchWordFormsFindEachOther() {
		// "Over ons" speaks of "initiatieven" and "bewonersinitiatieven"; nobody types
		// the plural.
		assertThat(this.http.get("/zoeken?q=initiatief").body()).contains("href=\"/over-ons\"");
		// The Zorg theme mentions a "zorgcoöperatie": accents and compounds do not get in
		// the way.
		assertThat(this.http.get("/zoeken?q=cooperatie&soort=theme").body()).contains("href=\"/thema/zorg\"");
		// Stop words alone find nothing rather than everything.
		assertThat(this.http.get("/zoeken?q=de+het+een").body()).contains("Niets gevonden");
	}

	@Test
	void titleMatchesComeFirstAndCarryTheirTypeLabel() {
		String body = this.http.get("/zoeken?q=zelfbeheer").body();
		assertThat(body).contains("<span class=\"label\">Thema</span>", "<span class=\"label\">Kennis</span>");
		// The demo content has the theme and a knowledge article with the word in its
		// title.
		assertThat(body.indexOf("href=\"/thema/zelfbeheer\"")).isPositive()
			.isLessThan(body.indexOf("href=\"/kennis/een-buurthuis-in-zelfbeheer\""));
	}

	@Test
	void emptyOrOddInputIsHandledCalmly() {
		HttpResponse<String> empty = this.http.get("/zoeken");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Waar zoek je naar?").doesNotContain("role=\"status\"");
		assertThat(this.http.get("/zoeken?q=" + "a".repeat(5000)).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/zoeken?q=%00buurt%22%3Cscript%3E").body()).doesNotContain("<script>")
			.contains("value=\"buurt&#34;&lt;script>\"");
		assertThat(this.http.get("/zoeken?q=buurt&pagina=-5").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/zoeken?q=buurt&pagina=99999999999999").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/zoeken?q=%2B%2B%2B%7C%7C(((").statusCode()).isEqualTo(200);
	}

}
