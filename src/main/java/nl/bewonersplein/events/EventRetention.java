package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises the sign-ups of events that ended longer than
 * {@code bewonersplein.events.retention} ago (3 months unless set): name, e-mail address,
 * phone number and remark go; the number of people and the status stay for reporting.
 * Runs once an hour, on one app node at a time.
 */
@Component
class EventRetention {

	static final String ERASED = "(gewist)";

	private static final Logger log = LoggerFactory.getLogger(EventRetention.class);

	private final JdbcTemplate jdbc;

	private final EventSettings settings;

	private final Clock clock;

	EventRetention(JdbcTemplate jdbc, EventSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@SchedulerLock(name = "events-retention", lockAtMostFor = "PT10M")
	void scheduled() {
		anonymiseExpired();
	}

	/**
	 * @return how many sign-ups were anonymised
	 */
	@Transactional
	int anonymiseExpired() {
		int erased = this.jdbc.update(
				"update event_registration set name = ?, email = null, phone = null,"
						+ " phone_digits = null, remark = '' where name <> ? and event_id in"
						+ " (select id from event where ends_at < ?)",
				ERASED, ERASED, Timestamp.from(this.clock.instant().minus(this.settings.retention())));
		if (erased > 0) {
			log.info("Anonymised {} event sign-ups past their retention period", erased);
		}
		return erased;
	}

}
