package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/** The view records of the events admin pages. */
public final class EventAdminPages {

	private EventAdminPages() {
	}

	/** All events, soonest first, with their sign-up counts. */
	public record ListPage(List<EventRow> rows) {

	}

	/**
	 * One event in the admin list.
	 *
	 * @param href its edit page
	 * @param signUpsHref its sign-ups page
	 */
	public record EventRow(String title, String when, String status, String places, int waiting, String href,
			String signUpsHref) {

	}

	/**
	 * One event's sign-ups, with the form to sign someone up on their behalf.
	 *
	 * @param places e.g. "27 van 30 plaatsen bezet"
	 */
	public record SignUpsPage(long id, String title, String when, String status, String places, String publicHref,
			List<SignUpRow> rows, Values values, FormErrors errors) {

	}

	/**
	 * One sign-up as staff see it.
	 *
	 * @param contact e-mail address and/or phone number
	 * @param cancelAction where to cancel it, or null
	 * @param confirmAction where to move it from the waitlist, or null
	 */
	public record SignUpRow(String name, String contact, int people, String status, String remark, String registeredBy,
			String registeredAt, String cancelAction, String confirmAction) {

	}

	/** What staff typed when signing someone up. */
	public record Values(String name, String email, String phone, String people, String remark) {

		static final Values EMPTY = new Values("", "", "", "1", "");

	}

}
