package nl.bewonersplein.events;

import nl.bewonersplein.audit.Audited;

/**
 * Staff sent a message of their own to everyone signed up for an event (confirmed and
 * waiting, with an e-mail address). Recorded by the audit log; the message itself is not.
 *
 * @param eventId the event's id
 * @param title the event's title
 * @param mailed how many people were mailed
 */
public record AttendeesMessaged(long eventId, String title, int mailed) implements Audited {

	@Override
	public String action() {
		return "event.message-sent";
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
