package nl.bewonersplein.events;

import nl.bewonersplein.audit.Audited;

/**
 * Staff changed a sign-up: signed someone up who phoned in or came by, cancelled a
 * sign-up, or moved one from the waitlist. Published in the transaction of the change;
 * the audit log records it. Never carries the person's name or contact details.
 *
 * @param change {@code added}, {@code cancelled} or {@code confirmed}
 * @param eventId the event's id
 * @param title the event's title
 * @param detail extra facts, e.g. {@code aanmelding 12} or the new sign-up's status
 */
public record RegistrationChangedByStaff(String change, long eventId, String title, String detail) implements Audited {

	@Override
	public String action() {
		return "event.registration-" + this.change;
	}

	@Override
	public String subject() {
		return Registrations.subject(this.eventId, this.title);
	}

}
