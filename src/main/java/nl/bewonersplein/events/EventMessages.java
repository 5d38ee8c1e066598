package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff telling everyone signed up for an event (confirmed and waiting, with an e-mail
 * address) something, through the outbox: a message of their own, or that the event is
 * cancelled. Both are audited; phone-only sign-ups are on the attendee list to be called.
 */
@Service
class EventMessages {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final JdbcTemplate jdbc;

	private final Outbox outbox;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EventMessages(JdbcTemplate jdbc, Outbox outbox, MessageSource messages, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @return how many people were mailed
	 */
	@Transactional
	int tellEveryone(Event event, String subject, String text) {
		int sent = mailAll(event, subject, text);
		this.events.publishEvent(new AttendeesMessaged(event.id(), event.title(), sent));
		return sent;
	}

	/**
	 * Cancels the event (it stays visible, saying so) and tells everyone signed up.
	 * @return whether it was cancelled now (false when it already was)
	 */
	@Transactional
	boolean cancelEvent(Event event) {
		if (this.jdbc.update(
				"update event set status = 'CANCELLED', updated_at = ? where id = ? and status <> 'CANCELLED'",
				Timestamp.from(this.clock.instant()), event.id()) == 0) {
			return false;
		}
		int sent = mailAll(event,
				this.messages.getMessage("events.mail.cancelled.subject", new Object[] { event.title() }, DUTCH),
				this.messages.getMessage("events.mail.cancelled.text",
						new Object[] { event.title(), EventTexts.when(event.startsAt(), event.endsAt(), DUTCH),
								event.organiserName(), event.organiserPhone() },
						DUTCH));
		this.events.publishEvent(new EventCancelled(event.id(), event.title(), sent));
		return true;
	}

	private int mailAll(Event event, String subject, String text) {
		List<String> recipients = this.jdbc.queryForList(
				"select distinct lower(email) from event_registration"
						+ " where event_id = ? and status <> 'CANCELLED' and email is not null",
				String.class, event.id());
		for (String recipient : recipients) {
			this.outbox.queue(OutgoingMail.text(recipient, subject, text));
		}
		return recipients.size();
	}

}
