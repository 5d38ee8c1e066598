package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents type and what they must find in the first three results, against the
 * demo content: typos, compound parts, plurals, synonyms, phrases, place names that are
 * only in the body text, and every type of content. The ranking policy of ADR 0014 is
 * checked by the examples of issue 14. The same queries run against each backend:
 * {@link LuceneRelevanceTests} (the default) and {@link OpenSearchRelevanceTests}
 * (profile {@code opensearch}), so that the two analysis configurers cannot drift apart
 * unnoticed.
 */
abstract class SearchRelevanceTests {

	private static final Pattern HIT = Pattern.compile("<h2><a href=\"([^\"]+)\">");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	/** The addresses of the hits on the first page, best first. */
	List<String> hits(String query) {
		String body = this.http.get("/zoeken?q=" + UriUtils.encodeQueryParam(query, "UTF-8")).body();
		List<String> urls = new ArrayList<>();
		Matcher hit = HIT.matcher(body);
		while (hit.find()) {
			urls.add(hit.group(1));
		}
		return urls;
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# typos: edit distance on longer words
			eenzaamhied                  | /thema/eenzaamheid-verminderen
			vrijwiligers                 | /kennis/vrijwilligers-vinden-en-houden
			moestiun                     | /nieuws/moestuin-achter-de-flat
			buurtcooperatei              | /nieuws/wat-is-een-buurtcooperatie
			koffieochted                 | /kennis/zo-start-je-een-koffieochtend
			# compound parts from our word list
			moestuin                     | /leden/buurtmoestuin-het-zaadje
			bakfiets                     | /toolkit/betrokken-buurten/de-buurtbakfiets
			coach                        | /toolkit/betrokken-buurten/wat-een-buurtcoach-doet
			privacy                      | /privacyverklaring
			toegankelijkheid             | /toegankelijkheidsverklaring
			cooperatie                   | /nieuws/wat-is-een-buurtcooperatie
			# plurals and other word forms
			buurthuizen                  | /nieuws/buurthuizen-open-houden
			buurtbudget                  | /nieuws/nieuwe-ronde-buurtbudget
			fonds                        | /nieuws/fondsen-voor-bewonersinitiatieven
			vrijwilliger                 | /kennis/vrijwilligers-vinden-en-houden
			afspraak                     | /toolkit/betrokken-buurten/afspraken-die-werken
			moestuinen                   | /nieuws/moestuin-achter-de-flat
			zorgcooperatie               | /nieuws/zorgcooperaties-groeien
			# synonyms and abbreviations (search_synonym)
			subsidie                     | /nieuws/nieuwe-ronde-buurtbudget
			SDG                          | /kennis/sdgs-voor-bewonersinitiatieven
			duurzame ontwikkelingsdoelen | /kennis/sdgs-voor-bewonersinitiatieven
			R2C                          | /kennis/evaluatie-r2c-rotterdam
			Right to Challenge           | /kennis/evaluatie-r2c-rotterdam
			wijkcentrum                  | /kennis/een-buurthuis-in-zelfbeheer
			# phrases in quotes, and stop words
			"soep op de stoep"           | /nieuws/soep-op-de-stoep
			"bank voor de deur"          | /nieuws/de-bank-voor-de-deur
			"koffie met de buren"        | /bestellen/poster-koffie-met-de-buren
			de bank voor de deur         | /nieuws/de-bank-voor-de-deur
			# place names only in the body text
			Tilburg                      | /nieuws/soep-op-de-stoep
			Zwolle                       | /agenda/regiobijeenkomst-oost-zwolle
			Rotterdam                    | /kennis/right-to-challenge-op-zn-rotterdams
			Groningen                    | /agenda/regiobijeenkomst-noord-groningen
			Enschede                     | /leden/repaircafe-enschede-noord
			Almere                       | /leden/zon-op-almere
			# each type: theme, toolkit, step, event, initiative, material, news, page
			ZELFBEHEER                   | /thema/zelfbeheer
			Betrokken Buurten tegen eenzaamheid | /toolkit/betrokken-buurten
			portiek                      | /toolkit/betrokken-buurten/begin-bij-je-eigen-portiek
			webinar                      | /agenda/webinar-right-to-challenge-uitgelegd
			repaircafé                   | /leden/repaircafe-enschede-noord
			poster                       | /bestellen/poster-koffie-met-de-buren
			kaarten gedicht              | /bestellen/kaarten-justin-samgar
			nieuwe website               | /nieuws/nieuwe-website-netwerk
			over ons                     | /over-ons
			""")
	void findsWhatResidentsMean(String query, String expected) {
		List<String> hits = hits(query);
		assertThat(hits.subList(0, Math.min(3, hits.size()))).as("top 3 for %s", query).contains(expected);
	}

	@Test
	void anExactTitleWordRanksTheArticleWithThatTitleFirst() {
		assertThat(hits("buurthuizen")).first().isEqualTo("/nieuws/buurthuizen-open-houden");
		assertThat(hits("energiearmoede")).first().isEqualTo("/nieuws/energiearmoede-samen-aanpakken");
		// A stem ("buurthuis" for "buurthuizen") ranks above a mere compound part, and
		// the
		// query is not split: items that only share "buurt" do not match at all.
		List<String> buurthuis = hits("buurthuis");
		assertThat(buurthuis.subList(0, 3)).contains("/kennis/een-buurthuis-in-zelfbeheer",
				"/leden/buurthuis-het-anker");
		assertThat(buurthuis).doesNotContain("/toolkit/betrokken-buurten/maak-een-buurtkaart",
				"/nieuws/wat-is-een-buurtcooperatie");
	}

	@Test
	void theWholeToolkitIsFoundForItsSubject() {
		String body = this.http.get("/zoeken?q=eenzaamheid&soort=step").body();
		assertThat(body).contains("16 resultaten");
		assertThat(hits("eenzaamheid").subList(0, 3)).contains("/toolkit/betrokken-buurten");
	}

	@Test
	void aTypoIsCorrectedAndFindsTheSameAsTheRightWord() {
		String body = this.http.get("/zoeken?q=eenzaamhied").body();
		assertThat(body).contains("Bedoelde je <a href=\"/zoeken?q=eenzaamheid\">eenzaamheid</a>?");
		assertThat(hits("eenzaamhied")).contains("/toolkit/betrokken-buurten", "/thema/eenzaamheid-verminderen");
		// The right word finds the exact matches first, the typo only after them.
		assertThat(this.http.get("/zoeken?q=eenzaamheid").body()).doesNotContain("Bedoelde je");
	}

	@Test
	void cancelledEventsAndTheKnowledgeCopiesOfToolkitStepsAreNotShown() {
		// The walk in Maastricht is cancelled; the initiative there is not.
		assertThat(hits("Maastricht")).doesNotContain("/agenda/buurtwandeling-maastricht")
			.contains("/leden/buurtcooperatie-maas-oost");
		// A toolkit step is shown once, at its place in the toolkit.
		assertThat(hits("portiek")).containsExactly("/toolkit/betrokken-buurten/begin-bij-je-eigen-portiek");
	}

	@Test
	void upcomingEventsRankAbovePastOnes() {
		List<String> events = new ArrayList<>();
		String body = this.http.get("/zoeken?q=toolkitwerkplaats&soort=event").body();
		Matcher hit = HIT.matcher(body);
		while (hit.find()) {
			events.add(hit.group(1));
		}
		assertThat(body).contains("afgelopen");
		assertThat(events).hasSizeGreaterThanOrEqualTo(2);
		int firstPast = body.indexOf("afgelopen</span>");
		assertThat(body.indexOf("href=\"" + events.get(0) + "\"")).isLessThan(firstPast);
	}

}
