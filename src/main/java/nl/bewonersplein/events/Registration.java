package nl.bewonersplein.events;

import java.time.Instant;

/**
 * One sign-up for an event, for one or more people. Confirmed sign-ups hold places; the
 * waitlist is kept in arrival order (the id).
 *
 * @param email the e-mail address, or null when the person gave only a phone number
 * @param phone the phone number, or null
 * @param registeredBy the staff member who signed this person up, or null when the person
 * did it themselves
 */
record Registration(long id, long eventId, String name, String email, String phone, int people, String remark,
		Status status, String registeredBy, Instant createdAt) {

	/** Where a sign-up stands. */
	enum Status {

		CONFIRMED, WAITLIST, CANCELLED

	}

}
