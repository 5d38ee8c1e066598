package nl.bewonersplein.events;

import java.time.Instant;
import java.util.Set;

import nl.bewonersplein.shared.Region;

/**
 * One event as stored: a meeting, training day, webinar or the national residents' day.
 * Times are instants, shown in Europe/Amsterdam. An online event has no venue; its link
 * is only given to people who signed up.
 *
 * @param capacity places counted in people, or null for unlimited
 * @param placesTaken places given to confirmed sign-ups
 * @param price what it costs as people read it, or null when free
 * @param imagePath a media library image, or null
 * @param imageAlt the image's description when it differs from the library's, or null
 * @param version bumped by every edit in the admin (a stale edit answers 409)
 */
record Event(long id, String slug, String title, String summary, String description, Instant startsAt, Instant endsAt,
		boolean online, String onlineUrl, String venue, String address, String town, Region region,
		String organiserName, String organiserPhone, Access access, String price, Integer capacity, int placesTaken,
		int maxPerSignUp, Instant signUpOpensAt, Instant signUpClosesAt, Status status, String report,
		Set<Long> themeIds, Instant updatedAt, String imagePath, String imageAlt, long version) {

	/** Where an event stands. A cancelled event stays visible and says so. */
	enum Status {

		DRAFT, PUBLISHED, CANCELLED

	}

	/** Accessibility facts of the venue. */
	record Access(boolean stepFree, boolean hearingLoop, boolean seating, boolean toilet) {

		static final Access NONE = new Access(false, false, false, false);

	}

	boolean visible() {
		return this.status != Status.DRAFT;
	}

	boolean past(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	/** Places left, or null when unlimited. */
	Integer placesLeft() {
		return (this.capacity == null) ? null : Math.max(0, this.capacity - this.placesTaken);
	}

	boolean full() {
		return this.capacity != null && this.placesTaken >= this.capacity;
	}

	/** Whether people can sign up now (open, not cancelled, not started). */
	boolean signUpOpen(Instant now) {
		return this.status == Status.PUBLISHED && now.isBefore(this.startsAt)
				&& (this.signUpOpensAt == null || !now.isBefore(this.signUpOpensAt))
				&& (this.signUpClosesAt == null || now.isBefore(this.signUpClosesAt));
	}

}
