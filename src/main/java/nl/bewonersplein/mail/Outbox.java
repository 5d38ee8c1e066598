package nl.bewonersplein.mail;

import java.time.Clock;
import java.time.Instant;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where other modules hand in mail. {@link #queue} renders the mail and stores it in the
 * outbox inside the caller's transaction, so the mail exists exactly when the thing that
 * causes it does: if the transaction rolls back, no mail is sent. A scheduled sender
 * starts delivering it right after the commit, with retries; an SMTP server that is down
 * does not fail the caller.
 *
 * <pre>{@code
 * &#64;Transactional
 * void requestReset(Account account) {
 *     String link = siteAddress.absolute("/wachtwoord/" + token);
 *     outbox.queue(OutgoingMail.text(account.email(), "Kies een nieuw wachtwoord",
 *             "Hallo " + account.name() + ",\n\nJe vroeg om een nieuw wachtwoord. "
 *                     + "De link werkt een uur.",
 *             "Kies een nieuw wachtwoord", link));
 * }
 *
 * // or with your own templates accounts/mail/invite.jte and accounts/mail/invite.text.jte:
 * outbox.queue(OutgoingMail.template(email, "Je bent uitgenodigd", "accounts/mail/invite",
 *         Map.of("name", name, "link", link)));
 * }</pre>
 */
@Service
public class Outbox {

	private final MailRenderer renderer;

	private final OutboxStore store;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Outbox(MailRenderer renderer, OutboxStore store, Clock clock, ApplicationEventPublisher events) {
		this.renderer = renderer;
		this.store = store;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Renders the mail and stores it for delivery, in the caller's transaction (there
	 * must be one).
	 * @return the outbox id of the mail
	 * @throws IllegalArgumentException if the recipient is not a valid address
	 * @throws org.springframework.transaction.IllegalTransactionStateException if called
	 * outside a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long queue(OutgoingMail mail) {
		String recipient = checkedAddress(mail.to());
		MailRenderer.Rendered rendered = this.renderer.render(mail);
		Instant now = this.clock.instant();
		long id = this.store.insert(recipient, mail.subject(), rendered.html(), rendered.text(), mail.attachments(),
				now);
		this.events.publishEvent(new MailQueued(id));
		return id;
	}

	private static String checkedAddress(String address) {
		try {
			InternetAddress parsed = new InternetAddress(address.strip(), true);
			parsed.validate();
			return parsed.getAddress();
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not a valid e-mail address", ex);
		}
	}

}
