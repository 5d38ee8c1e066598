package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.bewonersplein.shared.Dates;

/**
 * Reminds everyone with a confirmed sign-up and an e-mail address the day before an
 * event. The job runs every quarter of an hour on one app node at a time (ShedLock); each
 * event is marked under a conditional update in the same transaction as its mails, so its
 * reminders go out exactly once, whatever runs twice.
 */
@Component
class EventReminders {

	private final JdbcTemplate jdbc;

	private final EventStore store;

	private final RegistrationMails mails;

	private final Clock clock;

	EventReminders(JdbcTemplate jdbc, EventStore store, RegistrationMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.mails = mails;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT3M")
	@SchedulerLock(name = "events-reminders", lockAtMostFor = "PT10M")
	void scheduled() {
		sendDue();
	}

	/**
	 * Sends the reminders of published events that start tomorrow (Dutch time).
	 * @return how many reminders were queued
	 */
	@Transactional
	int sendDue() {
		Instant now = this.clock.instant();
		LocalDate tomorrow = LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(1);
		Instant from = tomorrow.atStartOfDay(Dates.ZONE).toInstant();
		Instant until = tomorrow.plusDays(1).atStartOfDay(Dates.ZONE).toInstant();
		List<Long> due = this.jdbc.queryForList(
				"select id from event where status = 'PUBLISHED'"
						+ " and reminders_sent_at is null and starts_at >= ? and starts_at < ?",
				Long.class, Timestamp.from(from), Timestamp.from(until));
		int sent = 0;
		for (Long id : due) {
			if (this.jdbc.update("update event set reminders_sent_at = ? where id = ? and reminders_sent_at is null",
					Timestamp.from(now), id) == 0) {
				continue;
			}
			Event event = this.store.byId(id).orElseThrow();
			for (Registration registration : this.jdbc.query("select " + RegistrationRows.COLUMNS
					+ " from event_registration where event_id = ? and status = 'CONFIRMED' and email is not null"
					+ " order by id", RegistrationRows::row, id)) {
				this.mails.reminder(event, registration);
				sent++;
			}
		}
		return sent;
	}

}
