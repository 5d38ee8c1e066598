package nl.bewonersplein.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import static nl.bewonersplein.mail.OutboxStore.time;

/**
 * One delivery round of the outbox: claims the mails that are due, sends each over SMTP
 * and records the outcome, with back-off between attempts.
 *
 * <p>
 * Exactly once across nodes: a mail is claimed by a single conditional {@code UPDATE}
 * (status {@code PENDING} and due, or a {@code SENDING} claim whose lease ran out) that
 * sets a random claim token and a lease, committed before the SMTP conversation starts.
 * Two nodes that race for a row both run the update; the database serialises them on the
 * row lock and re-checks the condition, so only one changes the row. The outcome is only
 * written with the matching token. A node that dies after claiming leaves the row
 * {@code SENDING}; when the lease ends another node takes it over, so nothing is lost.
 *
 * <p>
 * The window that remains: a node that dies after the SMTP server accepted the mail but
 * before it marked the row sent makes the mail go out a second time after the lease. The
 * outbox cannot close that window (SMTP has no two-phase commit); it keeps it to one
 * round trip and sends both copies with the same {@code Message-ID}, stored when the mail
 * was queued, so that mail servers and clients that deduplicate on it show one mail.
 */
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	private static final int ERROR_MAX = 1000;

	private static final String DUE = "((status = 'PENDING' and next_attempt_at <= ?)"
			+ " or (status = 'SENDING' and lease_until <= ? and attempts < ?))";

	private final JdbcTemplate jdbc;

	private final JavaMailSender sender;

	private final Clock clock;

	private final MailSettings settings;

	private final InternetAddress from;

	OutboxDelivery(JdbcTemplate jdbc, JavaMailSender sender, Clock clock, MailSettings settings, InternetAddress from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.settings = settings;
		this.from = from;
	}

	private record Claimed(long id, String token, String messageId, String recipient, String subject, String html,
			String text, int attempts) {

	}

	/**
	 * Sends the mails that are due, at most the batch size.
	 * @return how many this call delivered
	 */
	int sendDue() {
		Instant now = this.clock.instant();
		giveUpAbandoned(now);
		List<Long> due = this.jdbc.queryForList(
				"select id from mail_outbox where " + DUE + " order by next_attempt_at, id limit ?", Long.class,
				time(now), time(now), this.settings.maxAttempts(), this.settings.batchSize());
		int sent = 0;
		for (long id : due) {
			Claimed mail = claim(id);
			if (mail != null && deliver(mail)) {
				sent++;
			}
		}
		return sent;
	}

	/** Claims the mail for this node, committed at once; null if another node has it. */
	private Claimed claim(long id) {
		Instant now = this.clock.instant();
		String token = UUID.randomUUID().toString();
		int claimed = this.jdbc.update(
				"update mail_outbox set status = 'SENDING', attempts = attempts + 1, lease_until = ?,"
						+ " claim_token = ? where id = ? and " + DUE,
				time(now.plus(this.settings.lease())), token, id, time(now), time(now), this.settings.maxAttempts());
		if (claimed != 1) {
			return null;
		}
		return this.jdbc
			.query("select message_id, recipient, subject, html_body, text_body, attempts from mail_outbox"
					+ " where id = ? and claim_token = ?",
					(rs, row) -> new Claimed(id, token, rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5), rs.getInt(6)),
					id, token)
			.stream()
			.findFirst()
			.orElse(null);
	}

	private boolean deliver(Claimed mail) {
		try {
			this.sender.send(message(mail));
		}
		catch (RuntimeException | MessagingException ex) {
			failed(mail, ex);
			return false;
		}
		int marked = this.jdbc.update(
				"update mail_outbox set status = 'SENT', sent_at = ?, lease_until = null,"
						+ " claim_token = null, last_error = null where id = ? and claim_token = ?",
				time(this.clock.instant()), mail.id(), mail.token());
		if (marked != 1) {
			// Our lease ran out while the SMTP server took its time and another node
			// took the mail over: it may arrive twice, with the same Message-ID.
			log.warn("Mail {} was sent after its lease ended; raise bewonersplein.mail.lease", mail.id());
		}
		return true;
	}

	private MimeMessage message(Claimed mail) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				"UTF-8");
		helper.setFrom(this.from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setSentDate(Date.from(this.clock.instant()));
		helper.setText(mail.text(), mail.html());
		for (OutgoingMail.Attachment attachment : OutboxStore.attachments(this.jdbc, mail.id())) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		// The same Message-ID on every attempt; JavaMailSenderImpl keeps an explicit one.
		message.setHeader("Message-ID", mail.messageId());
		return message;
	}

	private void failed(Claimed mail, Exception ex) {
		Instant now = this.clock.instant();
		String error = describe(ex);
		boolean last = mail.attempts() >= this.settings.maxAttempts();
		Instant next = last ? now : now.plus(this.settings.backoff(mail.attempts()));
		this.jdbc.update(
				"update mail_outbox set status = ?, next_attempt_at = ?, lease_until = null, claim_token = null,"
						+ " last_error = ? where id = ? and claim_token = ?",
				last ? MailStatus.FAILED.name() : MailStatus.PENDING.name(), time(next), error, mail.id(),
				mail.token());
		// No addresses in the log: the SMTP server's message may hold one; admins read
		// it at /admin/mail.
		if (last) {
			log.warn("Mail {} failed after {} attempts ({}); see /admin/mail", mail.id(), mail.attempts(),
					ex.getClass().getSimpleName());
		}
		else {
			log.info("Mail {} not sent, attempt {} of {} ({}); next attempt at {}", mail.id(), mail.attempts(),
					this.settings.maxAttempts(), ex.getClass().getSimpleName(), next);
		}
	}

	/**
	 * Mails whose last allowed attempt was interrupted by a crash are not tried again.
	 */
	private void giveUpAbandoned(Instant now) {
		this.jdbc.update(
				"update mail_outbox set status = 'FAILED', lease_until = null, claim_token = null, last_error = ?"
						+ " where status = 'SENDING' and lease_until <= ? and attempts >= ?",
				"Sending was interrupted on the last attempt (the app stopped)", time(now),
				this.settings.maxAttempts());
	}

	/** What went wrong, without a stack trace: the exception and its causes' messages. */
	static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = ex; cause != null && text.length() < ERROR_MAX; cause = cause.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return (text.length() > ERROR_MAX) ? text.substring(0, ERROR_MAX - 1) + "…" : text.toString();
	}

}
