package nl.bewonersplein.audit;

import java.sql.Timestamp;
import java.time.Clock;

import nl.bewonersplein.shared.SignedIn;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link Audited} event as it is published, inside the publisher's
 * transaction: a change and its audit entry are committed together or not at all.
 */
@Component
class AuditLog {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(Audited event) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Long actorId = null;
		String actorName = "-";
		if (user != null && user.getPrincipal() instanceof SignedIn person) {
			actorId = person.accountId();
			actorName = person.displayName();
		}
		this.jdbc.update(
				"insert into audit_entry (occurred_at, actor_id, actor_name, action, subject, detail)"
						+ " values (?, ?, ?, ?, ?, ?)",
				Timestamp.from(this.clock.instant()), actorId, cut(actorName, 120), cut(event.action(), 80),
				cut(event.subject(), 300), cut(event.detail(), 1000));
	}

	private static String cut(String text, int max) {
		String value = (text != null) ? text : "";
		return (value.length() > max) ? value.substring(0, max) : value;
	}

}
