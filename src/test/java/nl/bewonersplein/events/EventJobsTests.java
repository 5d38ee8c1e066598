package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.PersonalDataSource;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs and privacy rules: reminders go out once the day before, only to confirmed
 * sign-ups with an e-mail address; sign-ups are anonymised three months after the event
 * with their counts kept; one person's sign-ups can be exported and erased.
 */
@SiteTest
class EventJobsTests {

	@Autowired
	EventStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	EventReminders reminders;

	@Autowired
	EventRetention retention;

	@Autowired
	EventPersonalData personalData;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.clock.reset();
		this.made.forEach(this.store::delete);
	}

	Event make(Instant start, Integer capacity) {
		long id = this.store.create(EventFixtures.event("Herinneravond", start, start.plus(Duration.ofHours(2)),
				Region.OOST, capacity, Set.of()), this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	void signUp(Event event, String name, String email, String phone) {
		this.registrations.registerOnBehalf(event.id(),
				new Registrations.SignUp(name, email, phone, 1, "", Tokens.next(), "Test"));
	}

	List<String> mails(String recipient) {
		return this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id", String.class,
				recipient);
	}

	@Test
	void remindersGoOutOnceTheDayBeforeToConfirmedSignUpsWithAnEmailAddress() {
		LocalDate inTwoDays = LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(2);
		Event event = make(inTwoDays.atTime(19, 30).atZone(Dates.ZONE).toInstant(), 1);
		signUp(event, "Bevestigd", "herinnering-1@voorbeeld.example", "");
		signUp(event, "Wachtend", "herinnering-2@voorbeeld.example", "");
		signUp(event, "Telefonisch", "", "06 99998888");

		this.reminders.sendDue();
		assertThat(mails("herinnering-1@voorbeeld.example")).doesNotContain("Morgen: Herinneravond");

		this.clock.advance(Duration.ofDays(1));
		this.reminders.sendDue();
		this.reminders.sendDue();
		assertThat(mails("herinnering-1@voorbeeld.example")).containsOnlyOnce("Morgen: Herinneravond");
		assertThat(mails("herinnering-2@voorbeeld.example")).doesNotContain("Morgen: Herinneravond");
	}

	@Test
	void signUpsAreAnonymisedThreeMonthsAfterTheEventAndTheCountsStay() {
		Instant now = this.clock.instant();
		Event old = make(now.plus(Duration.ofDays(1)), 10);
		Event recent = make(now.plus(Duration.ofDays(1)), 10);
		signUp(old, "Oude Deelnemer", "oud@voorbeeld.example", "");
		signUp(recent, "Recente Deelnemer", "recent@voorbeeld.example", "");
		// Move the events into the past: one 100 days ago, one 10 days ago.
		this.jdbc.update("update event set starts_at = ?, ends_at = ? where id = ?",
				Timestamp.from(now.minus(Duration.ofDays(100))), Timestamp.from(now.minus(Duration.ofDays(100))),
				old.id());
		this.jdbc.update("update event set starts_at = ?, ends_at = ? where id = ?",
				Timestamp.from(now.minus(Duration.ofDays(10))), Timestamp.from(now.minus(Duration.ofDays(10))),
				recent.id());

		assertThat(this.retention.anonymiseExpired()).isGreaterThanOrEqualTo(1);
		Map<String, Object> gone = this.jdbc
			.queryForMap("select name, email, people, status from event_registration where event_id = ?", old.id());
		assertThat(gone).containsEntry("name", "(gewist)").containsEntry("status", "CONFIRMED");
		assertThat(gone.get("email")).isNull();
		assertThat(((Number) gone.get("people")).intValue()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select name from event_registration where event_id = ?", String.class,
				recent.id()))
			.isEqualTo("Recente Deelnemer");
		assertThat(this.store.byId(old.id()).orElseThrow().placesTaken()).isEqualTo(1);
	}

	@Test
	void onePersonsSignUpsAreExportedAndErasedByEmailOrPhone() {
		Event event = make(this.clock.instant().plus(Duration.ofDays(5)), 10);
		signUp(event, "Privé Persoon", "prive@voorbeeld.example", "");
		signUp(event, "Bel Persoon", "", "06-1234 5679");
		PersonalDataSource.Person byPhone = new PersonalDataSource.Person(null, "06 12345679");
		assertThat(this.personalData.export(new PersonalDataSource.Person("Prive@Voorbeeld.example", null)))
			.singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("name", "Privé Persoon")
				.containsEntry("event", "Herinneravond"));
		assertThat(this.personalData.export(byPhone)).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("name", "Bel Persoon"));
		assertThat(this.personalData.erase(byPhone)).isEqualTo(1);
		assertThat(this.personalData.export(byPhone)).isEmpty();
		assertThat(this.jdbc.queryForList("select name from event_registration where event_id = ? order by id",
				String.class, event.id()))
			.containsExactly("Privé Persoon", "(gewist)");
	}

}
