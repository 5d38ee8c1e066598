package nl.bewonersplein.mail;

import nl.bewonersplein.audit.Audited;

/**
 * An admin sent a failed mail again: it is back in the queue.
 *
 * @param id the mail in the outbox
 * @param subject its subject line (never the address)
 */
public record MailRetried(long id, String subject) implements Audited {

	@Override
	public String action() {
		return "mail.retried";
	}

	@Override
	public String subject() {
		return "E-mail " + this.id + " \"" + this.subject + "\"";
	}

	@Override
	public String detail() {
		return "status failed -> pending";
	}

}
