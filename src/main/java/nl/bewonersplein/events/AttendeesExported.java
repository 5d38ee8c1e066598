package nl.bewonersplein.events;

import nl.bewonersplein.audit.Audited;

/**
 * Staff downloaded the sign-ups of an event, with their names and contact details: the
 * attendee list as PDF or all sign-ups as CSV. Recorded by the audit log, because the
 * file holds personal data.
 *
 * @param eventId the event's id
 * @param title the event's title
 * @param format the kind of file
 * @param count how many sign-ups the file holds
 */
public record AttendeesExported(long eventId, String title, Format format, int count) implements Audited {

	/** The kinds of file with sign-ups. */
	public enum Format {

		/** The printable attendee list. */
		PDF,

		/** All sign-ups as a spreadsheet. */
		CSV

	}

	@Override
	public String action() {
		return (this.format == Format.CSV) ? "event.csv-export" : "event.attendee-list";
	}

	@Override
	public String subject() {
		return Registrations.subject(this.eventId, this.title);
	}

	@Override
	public String detail() {
		return this.count + " aanmeldingen";
	}

}
