package nl.bewonersplein.members;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Erases contact-form messages older than {@code bewonersplein.members.message-retention}
 * (12 months unless set), once an hour, on one app node at a time. The mail itself left
 * the outbox long before (the mail module keeps mails for its own shorter period).
 */
@Component
class MessageRetention {

	private static final Logger log = LoggerFactory.getLogger(MessageRetention.class);

	private final JdbcTemplate jdbc;

	private final MemberSettings settings;

	private final Clock clock;

	MessageRetention(JdbcTemplate jdbc, MemberSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "members-message-retention", lockAtMostFor = "PT10M")
	void scheduled() {
		eraseExpired();
	}

	/**
	 * @return how many messages were erased
	 */
	int eraseExpired() {
		int erased = this.jdbc.update("delete from member_message where created_at < ?",
				Timestamp.from(this.clock.instant().minus(this.settings.messageRetention())));
		if (erased > 0) {
			log.info("Erased {} contact messages past their retention period", erased);
		}
		return erased;
	}

}
