package nl.bewonersplein.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Dates;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log with filters, newest first. */
@Component
@Transactional(readOnly = true)
class AuditEntries {

	static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	AuditEntries(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * One page (from 0) plus one row, so the caller knows whether there is a next page.
	 */
	List<AuditView.Row> find(AuditFilter filter, int page, Locale locale) {
		StringBuilder sql = new StringBuilder(
				"select occurred_at, actor_name, action, subject, detail from audit_entry where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (!filter.action().isEmpty()) {
			sql.append(" and action like ?");
			args.add(escape(filter.action()) + "%");
		}
		if (!filter.actor().isEmpty()) {
			sql.append(" and lower(actor_name) like ?");
			args.add("%" + escape(filter.actor().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			args.add(Timestamp.from(start(filter.from())));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			args.add(Timestamp.from(start(filter.to().plusDays(1))));
		}
		sql.append(" order by occurred_at desc, id desc limit ? offset ?");
		args.add(PAGE_SIZE + 1);
		args.add(page * PAGE_SIZE);
		return this.jdbc.query(sql.toString(),
				(rs, i) -> new AuditView.Row(Dates.longDateTime(rs.getTimestamp(1).toInstant(), locale),
						rs.getString(2), rs.getString(3), describe(rs.getString(3), locale), rs.getString(4),
						rs.getString(5)),
				args.toArray());
	}

	/**
	 * The action in words, from {@code audit.action.<action>} in the bundle of the module
	 * that recorded it; the key itself when no text is defined.
	 */
	String describe(String action, Locale locale) {
		return this.messages.getMessage("audit.action." + action, null, action, locale);
	}

	private static Instant start(LocalDate date) {
		return date.atStartOfDay(Dates.ZONE).toInstant();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
