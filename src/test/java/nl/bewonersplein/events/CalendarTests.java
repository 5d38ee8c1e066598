package nl.bewonersplein.events;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code .ics} files and feeds parse with ical4j and give the Dutch local time on
 * both sides of a daylight-saving change; cancelled events stay in the feed as cancelled.
 */
@SiteTest
class CalendarTests {

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

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

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	@Test
	void anEventsIcsKeepsItsLocalTimeAcrossTheSpringDaylightSavingChange() throws Exception {
		// Summer time starts in the night of Saturday 27 to Sunday 28 March 2038.
		LocalDate saturday = LocalDate.of(2038, 3, 27);
		Event before = make(EventFixtures.event("Avond voor de zomertijd", EventFixtures.local(saturday.atTime(19, 30)),
				EventFixtures.local(saturday.atTime(21, 0)), Region.OOST, 20, Set.of()));
		Event after = make(
				EventFixtures.event("Avond na de zomertijd", EventFixtures.local(saturday.plusDays(1).atTime(19, 30)),
						EventFixtures.local(saturday.plusDays(1).atTime(21, 0)), Region.OOST, 20, Set.of()));
		Http http = new Http(this.port);
		for (Event event : List.of(before, after)) {
			HttpResponse<String> answer = http.get("/agenda/" + event.slug() + "/agenda.ics");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
			String ics = answer.body();
			assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n")
				.doesNotContain("Brussels")
				.containsPattern("DTSTART;TZID=Europe/Amsterdam:2038032[78]T193000");
			VEvent vevent = parse(ics).<VEvent>getComponent("VEVENT").orElseThrow();
			Temporal start = vevent.getDateTimeStart().getDate();
			assertThat(Instant.from(start)).isEqualTo(event.startsAt());
			assertThat(ZonedDateTime.from(start).toLocalTime().toString()).isEqualTo("19:30");
		}
		assertThat(before.startsAt().toString()).isEqualTo("2038-03-27T18:30:00Z");
		assertThat(after.startsAt().toString()).isEqualTo("2038-03-28T17:30:00Z");
	}

	@Test
	void feedsPerRegionHoldCancelledEventsAsCancelled() throws Exception {
		Instant start = this.clock.instant().plus(java.time.Duration.ofDays(12));
		Event base = EventFixtures.event("Afgelaste kalenderavond", start, start.plus(java.time.Duration.ofHours(2)),
				Region.NOORD, 10, Set.of());
		Event cancelled = make(new Event(0, base.slug(), base.title(), base.summary(), base.description(),
				base.startsAt(), base.endsAt(), false, null, base.venue(), base.address(), base.town(), base.region(),
				"O", "06 1", base.access(), null, 10, 0, 4, null, null, Event.Status.CANCELLED, null, Set.of(), start,
				null, null, 0));
		Event south = make(EventFixtures.event("Zuidelijke kalenderavond", start,
				start.plus(java.time.Duration.ofHours(2)), Region.ZUID, 10, Set.of()));
		Http http = new Http(this.port);
		String north = http.get("/agenda/kalender.ics?regio=noord").body();
		Calendar calendar = parse(north);
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).anySatisfy((vevent) -> {
			assertThat(vevent.getSummary().getValue()).isEqualTo(cancelled.title());
			assertThat(vevent.getStatus().getValue()).isEqualTo("CANCELLED");
		});
		assertThat(north).doesNotContain(south.title());
		assertThat(http.get("/agenda/kalender.ics").body()).contains(south.title(), cancelled.title());
		assertThat(http.get("/agenda/" + south.slug()).body()).contains("/agenda/" + south.slug() + "/agenda.ics");
	}

}
