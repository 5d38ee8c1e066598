package nl.bewonersplein.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.shared.Network;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages through an initiative's contact form: stored (for the initiative's members to
 * read, and erased after the retention period) and mailed to the initiative through the
 * outbox in the same transaction. The sender never sees the initiative's address: a copy
 * for the sender goes to the sender alone.
 */
@Service
class ContactMessages {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Network network;

	private final Clock clock;

	ContactMessages(JdbcTemplate jdbc, Outbox outbox, MessageSource messages, Network network, Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.network = network;
		this.clock = clock;
	}

	/**
	 * Stores and mails the message. Call it through {@code site.FormSubmissions}, which
	 * makes a repeated post of one form send it once.
	 */
	@Transactional
	void send(MemberInitiative initiative, ContactForm form) {
		this.jdbc.update(
				"insert into member_message (initiative_id, sender_name, sender_email, body, copy_to_sender,"
						+ " created_at) values (?, ?, ?, ?, ?, ?)",
				initiative.getId(), form.naam(), form.email().toLowerCase(Locale.ROOT), form.bericht(), form.copy(),
				Timestamp.from(this.clock.instant()));
		this.outbox.queue(OutgoingMail.text(initiative.getContactEmail(),
				text("members.mail.message.subject", form.naam(), this.network.name()),
				text("members.mail.message.text", initiative.getName(), this.network.name(), form.naam(), form.email(),
						form.bericht())));
		if (form.copy()) {
			this.outbox.queue(OutgoingMail.text(form.email(), text("members.mail.copy.subject", initiative.getName()),
					text("members.mail.copy.text", form.naam(), initiative.getName(), form.bericht(),
							this.network.name())));
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
