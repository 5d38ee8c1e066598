package nl.bewonersplein.events;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.component.VEvent;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.mail.MailCatcher;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mails a resident gets after signing up, as they leave the site over SMTP
 * (GreenMail): a confirmed place comes with the event as an {@code .ics} attachment that
 * a calendar reads in Dutch local time; a place on the waitlist does not, since it is no
 * appointment yet.
 */
@SiteTest
class RegistrationMailTests {

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationContext context;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	@Test
	void aConfirmedPlaceComesWithTheEventForTheCalendarAndTheWaitlistWithout() throws Exception {
		Instant start = this.clock.instant().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
		long id = this.store.create(EventFixtures.event("Soepavond in de Vogelbuurt", start,
				start.plus(Duration.ofHours(2)), Region.NOORD, 1, Set.of()), this.clock.instant());
		this.made.add(id);
		Event event = this.store.byId(id).orElseThrow();
		String confirmed = "plek-" + UUID.randomUUID() + "@mail.test";
		String waiting = "wacht-" + UUID.randomUUID() + "@mail.test";
		signUp(event, "Fatima Yilmaz", confirmed);
		signUp(event, "Kees Jansen", waiting);

		MailCatcher.Delivered delivered = MailCatcher.deliver(this.context);
		List<MimeMessage> first = delivered.to(confirmed);
		assertThat(first).singleElement()
			.satisfies(
					(mail) -> assertThat(mail.getSubject()).isEqualTo("Je bent aangemeld: Soepavond in de Vogelbuurt"));
		List<Part> calendars = calendarParts(first.get(0));
		assertThat(calendars).singleElement()
			.satisfies((part) -> assertThat(part.getFileName()).isEqualTo(event.slug() + ".ics"));
		String ics;
		try (InputStream in = calendars.get(0).getInputStream()) {
			ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(ics).contains("DTSTART;TZID=Europe/Amsterdam:", "BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam");
		VEvent vevent = CalendarTests.parse(ics).<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(vevent.getSummary().getValue()).isEqualTo("Soepavond in de Vogelbuurt");
		assertThat(Instant.from(vevent.getDateTimeStart().getDate())).isEqualTo(event.startsAt());

		List<MimeMessage> second = delivered.to(waiting);
		assertThat(second).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).startsWith("Je staat op de wachtlijst"));
		assertThat(calendarParts(second.get(0))).isEmpty();
	}

	private void signUp(Event event, String name, String email) {
		Http http = Http.withCookies(this.port);
		assertThat(http
			.post("/agenda/" + event.slug() + "/aanmeldingen",
					RegistrationTests.filled(RegistrationTests.openForm(http, event), name, email, ""))
			.statusCode()).isEqualTo(302);
	}

	private static List<Part> calendarParts(MimeMessage message) throws Exception {
		List<Part> found = new ArrayList<>();
		collect(message, found);
		return found;
	}

	private static void collect(Part part, List<Part> found) throws Exception {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, found);
			}
		}
		else if (part.isMimeType("text/calendar")) {
			found.add(part);
		}
	}

}
