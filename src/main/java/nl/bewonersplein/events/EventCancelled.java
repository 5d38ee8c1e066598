package nl.bewonersplein.events;

import nl.bewonersplein.audit.Audited;

/**
 * Staff cancelled an event: it stays visible, saying it does not take place, and everyone
 * signed up with an e-mail address was told. Published in the transaction of the change;
 * the audit log records it.
 *
 * @param eventId the event's id
 * @param title the event's title
 * @param mailed how many people were mailed
 */
public record EventCancelled(long eventId, String title, int mailed) implements Audited {

	@Override
	public String action() {
		return "event.cancelled";
	}

	@Override
	public String subject() {
		return Registrations.subject(this.eventId, this.title);
	}

	@Override
	public String detail() {
		return this.mailed + " e-mails";
	}

}
