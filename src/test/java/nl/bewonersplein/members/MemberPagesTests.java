package nl.bewonersplein.members;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.SqlStatements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages of the members module as a visitor gets them: filters with counts,
 * profiles with structured data and never an e-mail address, the nearest initiatives in
 * the right order, and at most 10 statements per page however many initiatives there are.
 */
@SiteTest
class MemberPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.initiatives::deleteById);
	}

	MemberInitiative make(String name, String town) {
		MemberInitiative initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique(name), town);
		this.made.add(initiative.getId());
		return initiative;
	}

	@Test
	void theDirectoryFiltersByRegionAndTownAndCountsEachValue() {
		MemberInitiative inZwolle = make("Zwolse Zonnebloem", "Zwolle");
		MemberInitiative inMaastricht = make("Maastrichtse Zonnebloem", "Maastricht");
		Http http = new Http(this.port);

		String all = http.get("/leden?q=zonnebloem").body();
		assertThat(all).contains(inZwolle.getName(), inMaastricht.getName())
			.contains("2 initiatieven")
			// On a phone the filters fill two screens: a link jumps past them.
			.contains("<a href=\"#resultaten\">Meteen naar de initiatieven</a>")
			.containsPattern("regio=oost[^\"]*\">Oost <span class=\"count\">\\(1\\)")
			.containsPattern("regio=zuid[^\"]*\">Zuid <span class=\"count\">\\(1\\)");
		String east = http.get("/leden?q=zonnebloem&regio=oost").body();
		assertThat(east).contains(inZwolle.getName()).doesNotContain(inMaastricht.getName()).contains("1 initiatief");
		// The other regions still say what choosing them would show.
		assertThat(east).containsPattern("regio=zuid[^\"]*\">Zuid <span class=\"count\">\\(1\\)");
		assertThat(http.get("/leden?q=zonnebloem&plaats=maastricht").body()).contains(inMaastricht.getName())
			.doesNotContain(inZwolle.getName());
		// Values that are not filters are ignored, not a 500.
		assertThat(http.get("/leden?regio=nergens&pagina=-3&doel=99&soort=%00").statusCode()).isEqualTo(200);
	}

	@Test
	void aProfileHasOrganizationDataAndNeverShowsTheContactAddress() {
		MemberInitiative initiative = make("Buurtkamer Het Profiel", "Wezep");
		Http http = new Http(this.port);

		HttpResponse<String> page = http.get("/leden/" + initiative.getSlug());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(initiative.getName(), "Wezep", "Oost", "<strong>beschrijving</strong>")
			.contains("\"@type\":\"Organization\"", "\"addressLocality\":\"Wezep\"")
			.doesNotContain("post@test-initiatief.example");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(http.get("/leden/" + initiative.getSlug() + "/contact").body())
			.doesNotContain("post@test-initiatief.example");
		this.profiles.publish(initiative.getId(), false);
		assertThat(http.get("/leden/" + initiative.getSlug()).statusCode()).isEqualTo(404);
	}

	@Test
	void aContactMessageGoesToTheInitiativeOnceAndACopyOnlyToTheSender() {
		MemberInitiative initiative = make("Buurtkamer Het Bericht", "Zwolle");
		Http visitor = Http.withCookies(this.port);
		String contact = "/leden/" + initiative.getSlug() + "/contact";
		String token = formToken(visitor.get(contact).body());
		Map<String, String> form = Map.of("naam", "Fatima de Vries", "email", "fatima@bewoner.example", "bericht",
				"Mogen we langskomen met onze buurtgroep?", "kopie", "true", "formToken", token);

		HttpResponse<String> sent = visitor.submit(contact, contact, form);
		visitor.submit(contact, contact, form);

		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(contact + "?verstuurd");
		List<String> toInitiative = this.jdbc.queryForList(
				"select text_body from mail_outbox where recipient = ? and text_body like ?", String.class,
				"post@test-initiatief.example", "%" + initiative.getName() + "%");
		assertThat(toInitiative).hasSize(1);
		assertThat(toInitiative.get(0)).contains("Mogen we langskomen", "fatima@bewoner.example");
		List<String> copy = this.jdbc.queryForList("select text_body from mail_outbox where recipient = ?",
				String.class, "fatima@bewoner.example");
		assertThat(copy).hasSize(1);
		assertThat(copy.get(0)).contains("Mogen we langskomen").doesNotContain("post@test-initiatief.example");
		assertThat(this.jdbc.queryForObject("select count(*) from member_message where initiative_id = ?",
				Integer.class, initiative.getId()))
			.isEqualTo(1);
		this.jdbc.update("delete from mail_outbox where recipient in (?, ?)", "post@test-initiatief.example",
				"fatima@bewoner.example");
	}

	@Test
	void theContactFormTakesTenPostsAMinuteFromOneAddress() {
		MemberInitiative initiative = make("Buurtkamer De Limiet", "Zwolle");
		String contact = MemberPaths.contact(initiative.getSlug());
		Http visitor = Http.withCookies(this.port);
		Map<String, String> form = new java.util.HashMap<>(
				nl.bewonersplein.FormRaces.hiddenFields(visitor.get(contact).body()));
		form.putAll(Map.of("naam", "Haastige Harrie", "email", "harrie@bewoner.example", "bericht",
				"Nog een keer, " + initiative.getSlug()));

		for (int i = 0; i < 10; i++) {
			assertThat(visitor.post(contact, form).statusCode()).as("post " + (i + 1)).isEqualTo(302);
		}
		HttpResponse<String> eleventh = visitor.post(contact, form);

		assertThat(eleventh.statusCode()).isEqualTo(429);
		assertThat(eleventh.body()).contains("Even rustig aan");
		// The same form ten times sent one message.
		assertThat(this.jdbc.queryForObject("select count(*) from member_message where initiative_id = ?",
				Integer.class, initiative.getId()))
			.isEqualTo(1);
		this.jdbc.update("delete from mail_outbox where text_body like ?", "%" + initiative.getSlug() + "%");
	}

	@Test
	void badContactInputGetsADutchMessageAndKeepsWhatWasTyped() {
		MemberInitiative initiative = make("Buurtkamer De Fout", "Zwolle");
		Http visitor = Http.withCookies(this.port);
		String contact = "/leden/" + initiative.getSlug() + "/contact";
		String token = formToken(visitor.get(contact).body());

		HttpResponse<String> bad = visitor.submit(contact, contact,
				Map.of("naam", "Jan\u0000", "email", "geen-adres", "bericht", "x".repeat(6000), "formToken", token));

		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(bad.body()).contains("Vul een geldig e-mailadres in", "Dit is te lang", "value=\"Jan\"");
		HttpResponse<String> bot = visitor.submit(contact, contact, Map.of("naam", "Bot", "email", "bot@example.org",
				"bericht", "Koop nu", "formToken", token, "website", "http://spam.example"));
		assertThat(bot.statusCode()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(*) from member_message where initiative_id = ?",
				Integer.class, initiative.getId()))
			.isZero();
	}

	@Test
	void theNearestInitiativesComeInOrderOfDistance() {
		MemberInitiative leusden = make("Dichtbij Leusden", "Leusden");
		MemberInitiative apeldoorn = make("Verder Apeldoorn", "Apeldoorn");
		MemberInitiative maastricht = make("Ver weg Maastricht", "Maastricht");
		Http http = new Http(this.port);

		String amersfoort = http.get("/leden/in-de-buurt?plaats=amersfoort").body();
		assertThat(amersfoort).contains("Dichtstbij Amersfoort (Utrecht)");
		assertThat(amersfoort.indexOf(leusden.getName())).isPositive()
			.isLessThan(amersfoort.indexOf(apeldoorn.getName()));
		// Only the ten nearest are shown: Maastricht is far from Amersfoort.
		assertThat(amersfoort).doesNotContain(maastricht.getName());
		assertThat(amersfoort).containsPattern(Pattern.quote(leusden.getName()) + "(?s).*?<strong>[3-6],[0-9] km");
		String south = http.get("/leden/in-de-buurt?plaats=Maastricht").body();
		assertThat(south).contains(maastricht.getName()).doesNotContain(apeldoorn.getName());
		// A postcode finds its area's town; an unknown place gets suggestions, not an
		// error page.
		assertThat(http.get("/leden/in-de-buurt?plaats=3811ab").body())
			.contains("postcode 3811 AB, omgeving Amersfoort");
		assertThat(http.get("/leden/in-de-buurt?plaats=Amersfooort").body()).contains("We kennen de plaats",
				"href=\"/leden/in-de-buurt?plaats=Amersfoort\"");
		// The closest spelling comes first, not the first in the alphabet.
		String misspelt = http.get("/leden/in-de-buurt?plaats=amersfort").body();
		assertThat(misspelt.indexOf("?plaats=Amersfoort\"")).isPositive()
			.isLessThan(misspelt.indexOf("?plaats=Amerongen\""));
		assertThat(http.get("/leden/in-de-buurt?plaats=3811-ab").body())
			.contains("postcode 3811 AB, omgeving Amersfoort");
		// A mistyped postcode is named as one, with what a postcode looks like.
		for (String wrong : List.of("3811+A", "381+AB", "0811AB", "3811+SS")) {
			assertThat(HtmlUtils.htmlUnescape(http.get("/leden/in-de-buurt?plaats=" + wrong).body())).as(wrong)
				.contains("We kennen de postcode \"" + wrong.replace('+', ' ') + "\" niet",
						"vier cijfers en twee letters")
				.doesNotContain("We kennen de plaats", "Dichtstbij");
		}
		// From Zwolle, Apeldoorn is nearer than Leusden (which may not be among the ten).
		String zwolle = http.get("/leden/in-de-buurt?plaats=Zwolle").body();
		assertThat(zwolle).contains("Dichtstbij Zwolle (Overijssel)", apeldoorn.getName())
			.doesNotContain(maastricht.getName());
		assertThat(zwolle.indexOf(leusden.getName())).satisfiesAnyOf((at) -> assertThat(at).isEqualTo(-1),
				(at) -> assertThat(at).isGreaterThan(zwolle.indexOf(apeldoorn.getName())));
		assertThat(http.get("/leden/in-de-buurt?lat=abc&lon=5").statusCode()).isEqualTo(400);
		HttpResponse<String> here = http.get("/leden/in-de-buurt?lat=52.13&lon=5.43");
		assertThat(here.body().indexOf(leusden.getName())).isPositive()
			.isLessThan(here.body().indexOf(apeldoorn.getName()));
		assertThat(here.headers().firstValue("Permissions-Policy").orElseThrow()).contains("geolocation=(self)");
	}

	@Test
	void theMapIsDrawnHereAndAllowsTilesOnlyOnItsOwnPage() {
		MemberInitiative initiative = make("Kaartje Wezep", "Wezep");
		Http http = new Http(this.port);

		HttpResponse<String> map = http.get("/leden/kaart");

		assertThat(map.body()).contains("<svg", "<title>Wezep:", initiative.getName(), "data-lat=\"52.46")
			.doesNotContain("tile.openstreetmap.org/0", "<script src=\"http");
		assertThat(map.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("img-src https://tile.openstreetmap.org 'self'");
		assertThat(http.get("/leden").headers().firstValue("Content-Security-Policy").orElseThrow())
			.doesNotContain("openstreetmap");
	}

	@Test
	void publicPagesRunAtMostTenStatementsWhateverTheNumberOfInitiatives() {
		for (int i = 0; i < 40; i++) {
			make("Telinitiatief", (i % 2 == 0) ? "Zwolle" : "Breda");
		}
		MemberInitiative profile = this.initiatives.findById(this.made.get(0)).orElseThrow();
		Http http = new Http(this.port);
		for (String path : List.of("/leden", "/leden?regio=oost&q=tel&pagina=2", "/leden?thema=zorg&doel=3",
				"/leden/" + profile.getSlug(), "/leden/kaart", "/leden/in-de-buurt?plaats=Zwolle", "/",
				"/leden/" + profile.getSlug() + "/contact", "/leden/lid-worden")) {
			SqlStatements.Measured page = SqlStatements.warm(http, path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.statements()).as("statements for " + path).isPositive().isLessThanOrEqualTo(10);
		}
	}

	@Test
	void moreOfOurMembersShowsUnderThemePagesAndOnTheHomePage() {
		Http http = new Http(this.port);

		for (String path : List.of("/", "/thema/zorg")) {
			String page = http.get(path).body();
			assertThat(page).as(path).contains("Meer van onze leden");
			String block = page.substring(page.indexOf("Meer van onze leden"));
			Matcher links = Pattern.compile("href=\"/leden/[a-z0-9-]+\"")
				.matcher(block.substring(0, Math.min(block.length(), 4000)));
			int count = 0;
			while (links.find()) {
				count++;
			}
			assertThat(count).as(path).isGreaterThanOrEqualTo(3);
		}
	}

	static String formToken(String html) {
		Matcher matcher = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("form token on the page").isTrue();
		return matcher.group(1);
	}

}
