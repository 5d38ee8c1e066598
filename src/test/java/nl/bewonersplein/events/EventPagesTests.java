package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda and event pages as a visitor gets them: filters as links, dates written out
 * in Dutch time, places left, structured data, and related events under articles and on
 * the home page.
 */
@SiteTest
class EventPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

	@Autowired
	Themes themes;

	@Autowired
	Clock clock;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	Event make(Event event) {
		long id = this.store.create(event, this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	LocalDate inDays(int days) {
		return LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(days);
	}

	@Test
	void theAgendaFiltersByRegionFormAndMonthWithPlainLinks() {
		LocalDate day = inDays(200);
		Instant start = EventFixtures.local(day.atTime(19, 30));
		Instant end = EventFixtures.local(day.atTime(21, 0));
		Event east = make(EventFixtures.event("Oostelijke proefavond", start, end, Region.OOST, 20, Set.of()));
		Event online = make(EventFixtures.event("Online proefavond", start, end, null, null, Set.of()));
		Http http = new Http(this.port);

		String all = http.get("/agenda").body();
		assertThat(all).contains(east.title(), online.title()).contains("href=\"/agenda?regio=oost\"");
		String inEast = http.get("/agenda?regio=oost").body();
		assertThat(inEast).contains(east.title()).doesNotContain(online.title());
		assertThat(http.get("/agenda?vorm=online").body()).contains(online.title()).doesNotContain(east.title());
		String month = day.toString().substring(0, 7);
		assertThat(http.get("/agenda?maand=" + month + "&regio=oost").body()).contains(east.title());
		assertThat(http.get("/agenda?maand=" + inDays(-400).toString().substring(0, 7)).body())
			.doesNotContain(east.title());
		// Values that are not filters are ignored, not a 500.
		assertThat(http.get("/agenda?regio=nergens&maand=13-2020&thema=%00&vorm=x").statusCode()).isEqualTo(200);
	}

	@Test
	void anEventPageWritesOutDateTimePlaceAndPlacesLeftAndCarriesEventJsonLd() {
		// A Tuesday in Dutch winter time, so the hour shown is local, not UTC.
		LocalDate tuesday = LocalDate.of(2036, 12, 9);
		Event event = make(EventFixtures.event("Winteravond in Zwolle", EventFixtures.local(tuesday.atTime(19, 30)),
				EventFixtures.local(tuesday.atTime(21, 0)), Region.OOST, 20, Set.of()));
		String html = new Http(this.port).get("/agenda/" + event.slug()).body();
		assertThat(html).contains("dinsdag 9 december 2036, 19:30–21:00")
			.contains("Buurthuis Test", "Teststraat 1", "Zwolle")
			.contains("Nog 20 plaatsen vrij.")
			.contains("href=\"tel:0612345678\"")
			.contains("href=\"/agenda/" + event.slug() + "/aanmelden\"")
			.contains("\"@type\":\"Event\"", "\"startDate\":\"2036-12-09T19:30:00+01:00\"",
					"\"eventAttendanceMode\":\"https://schema.org/OfflineEventAttendanceMode\"");
		assertThat(new Http(this.port).get("/agenda/bestaat-niet").statusCode()).isEqualTo(404);
	}

	@Test
	void pastEventsShowTheirReportAndCancelledOnesStayVisible() {
		Instant start = this.clock.instant().minus(Duration.ofDays(3));
		Event base = EventFixtures.event("Voorbije avond", start, start.plus(Duration.ofHours(2)), Region.ZUID, 10,
				Set.of());
		Event past = make(new Event(0, base.slug(), base.title(), base.summary(), base.description(), base.startsAt(),
				base.endsAt(), false, null, base.venue(), base.address(), base.town(), base.region(), "O", "06 1",
				base.access(), null, 10, 0, 4, null, null, Event.Status.PUBLISHED, "Het was **gezellig**.", Set.of(),
				start, null, null, 0));
		Http http = new Http(this.port);
		assertThat(http.get("/agenda").body()).doesNotContain(past.title());
		assertThat(http.get("/agenda/afgelopen").body()).contains(past.title(), "Met verslag");
		assertThat(http.get("/agenda/" + past.slug()).body()).contains("<strong>gezellig</strong>")
			.doesNotContain("/aanmelden\"");

		Event later = EventFixtures.event("Afgelaste avond", start.plus(Duration.ofDays(30)),
				start.plus(Duration.ofDays(30)).plus(Duration.ofHours(2)), Region.ZUID, 10, Set.of());
		Event cancelled = make(new Event(0, later.slug(), later.title(), later.summary(), later.description(),
				later.startsAt(), later.endsAt(), false, null, later.venue(), later.address(), later.town(),
				later.region(), "O", "06 1", later.access(), null, 10, 0, 4, null, null, Event.Status.CANCELLED, null,
				Set.of(), start, null, null, 0));
		assertThat(http.get("/agenda").body()).contains(cancelled.title(), "Gaat niet door");
		assertThat(http.get("/agenda/" + cancelled.slug()).body()).contains("Dit evenement gaat niet door")
			.contains("EventCancelled")
			.doesNotContain("/aanmelden\"");
	}

	@Test
	void relatedEventsShowUnderArticlesAndOnTheHomePage() {
		Set<Long> allThemes = new java.util.TreeSet<>(this.themes.options().stream().map(ThemeOption::id).toList());
		Instant soon = this.clock.instant().plus(Duration.ofHours(2));
		Event first = make(EventFixtures.event("Allereerste themabijeenkomst", soon, soon.plus(Duration.ofHours(1)),
				Region.MIDDEN, null, allThemes));
		Http http = new Http(this.port);
		String article = http.get("/nieuws/toolkit-betrokken-buurten-online").body();
		assertThat(article).contains("Gerelateerde evenementen", first.title());
		assertThat(http.get("/").body()).contains(first.title());
		assertThat(http.get("/sitemap.xml").body()).contains("/agenda/" + first.slug());
	}

}
