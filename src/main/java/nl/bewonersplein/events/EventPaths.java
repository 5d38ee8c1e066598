package nl.bewonersplein.events;

/** The events module's addresses, declared once. */
final class EventPaths {

	static final String AGENDA = "/agenda";

	static final String PAST = AGENDA + "/afgelopen";

	static final String FEED = AGENDA + "/kalender.ics";

	static final String REGISTRATION = AGENDA + "/aanmelding";

	static final String ADMIN = "/admin/evenementen";

	private EventPaths() {
	}

	static String event(String slug) {
		return AGENDA + "/" + slug;
	}

	static String ics(String slug) {
		return event(slug) + "/agenda.ics";
	}

	static String signUp(String slug) {
		return event(slug) + "/aanmelden";
	}

	static String registrations(String slug) {
		return event(slug) + "/aanmeldingen";
	}

	static String registration(String token) {
		return REGISTRATION + "/" + token;
	}

	static String cancellation(String token) {
		return registration(token) + "/annulering";
	}

}
