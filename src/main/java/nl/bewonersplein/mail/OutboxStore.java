package nl.bewonersplein.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.bewonersplein.site.SiteAddress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The outbox table: storing mails, reading them for the admin, retrying, deleting old
 * ones. The claiming and delivering is in {@link OutboxDelivery}. Plain JDBC, so that it
 * joins whatever transaction the caller runs in, JPA or not.
 */
@Component
class OutboxStore {

	static final int SUBJECT_MAX = 300;

	private final JdbcTemplate jdbc;

	private final SiteAddress address;

	OutboxStore(JdbcTemplate jdbc, SiteAddress address) {
		this.jdbc = jdbc;
		this.address = address;
	}

	/** A mail as the admin list shows it. */
	record Summary(long id, String recipient, String subject, MailStatus status, int attempts, Instant createdAt,
			Instant sentAt) {

	}

	/** A whole mail. */
	record Stored(Summary summary, String messageId, String html, String text, Instant nextAttemptAt,
			String lastError) {

	}

	long insert(String recipient, String subject, String html, String text, List<OutgoingMail.Attachment> attachments,
			Instant now) {
		String cleanSubject = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
		if (cleanSubject.length() > SUBJECT_MAX) {
			cleanSubject = cleanSubject.substring(0, SUBJECT_MAX - 1) + "…";
		}
		String messageId = "<" + UUID.randomUUID() + "@" + this.address.host() + ">";
		String finalSubject = cleanSubject;
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("insert into mail_outbox (message_id, recipient,"
					+ " subject, html_body, text_body, status, attempts, next_attempt_at, created_at)"
					+ " values (?, ?, ?, ?, ?, ?, 0, ?, ?)", new String[] { "id" });
			statement.setString(1, messageId);
			statement.setString(2, recipient);
			statement.setString(3, finalSubject);
			statement.setString(4, html);
			statement.setString(5, text);
			statement.setString(6, MailStatus.PENDING.name());
			statement.setObject(7, time(now));
			statement.setObject(8, time(now));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		for (int i = 0; i < attachments.size(); i++) {
			OutgoingMail.Attachment attachment = attachments.get(i);
			this.jdbc.update(
					"insert into mail_attachment (mail_id, position, filename, content_type, content)"
							+ " values (?, ?, ?, ?, ?)",
					id, i, attachment.filename(), attachment.contentType(), attachment.content());
		}
		return id;
	}

	/** The attachments of mail {@code id}, in the order they were added. */
	List<OutgoingMail.Attachment> attachments(long id) {
		return attachments(this.jdbc, id);
	}

	static List<OutgoingMail.Attachment> attachments(JdbcTemplate jdbc, long id) {
		return jdbc.query(
				"select filename, content_type, content from mail_attachment where mail_id = ? order by position",
				(rs, row) -> new OutgoingMail.Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), id);
	}

	/**
	 * Page {@code page} (from 0) of the mails with one of {@code statuses}, newest first.
	 */
	List<Summary> page(Set<MailStatus> statuses, int page, int size) {
		List<Object> args = new ArrayList<>(statusNames(statuses));
		args.add(size);
		args.add((long) page * size);
		return this.jdbc.query("select id, recipient, subject, status, attempts, created_at, sent_at from mail_outbox"
				+ " where status in (" + placeholders(statuses)
				+ ") order by created_at desc, id desc limit ? offset ?", OutboxStore::summary, args.toArray());
	}

	long count(Set<MailStatus> statuses) {
		return this.jdbc.queryForObject(
				"select count(*) from mail_outbox where status in (" + placeholders(statuses) + ")", Long.class,
				statusNames(statuses).toArray());
	}

	private static List<Object> statusNames(Set<MailStatus> statuses) {
		return statuses.stream().map((status) -> (Object) status.name()).toList();
	}

	private static String placeholders(Set<MailStatus> statuses) {
		return String.join(", ", java.util.Collections.nCopies(statuses.size(), "?"));
	}

	long countFailed() {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Long.class,
				MailStatus.FAILED.name());
	}

	Optional<Stored> find(long id) {
		return this.jdbc
			.query("select * from mail_outbox where id = ?",
					(rs, row) -> new Stored(summary(rs, row), rs.getString("message_id"), rs.getString("html_body"),
							rs.getString("text_body"), instant(rs, "next_attempt_at"), rs.getString("last_error")),
					id)
			.stream()
			.findFirst();
	}

	/**
	 * Puts a failed mail back in the queue with fresh attempts; false if it had not
	 * failed.
	 */
	boolean retry(long id, Instant now) {
		return this.jdbc.update(
				"update mail_outbox set status = ?, attempts = 0, next_attempt_at = ?,"
						+ " last_error = null where id = ? and status = ?",
				MailStatus.PENDING.name(), time(now), id, MailStatus.FAILED.name()) == 1;
	}

	int deleteCreatedBefore(Instant cutoff) {
		return this.jdbc.update("delete from mail_outbox where created_at < ?", time(cutoff));
	}

	static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Summary summary(ResultSet rs, int row) throws SQLException {
		return new Summary(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "sent_at"));
	}

}
