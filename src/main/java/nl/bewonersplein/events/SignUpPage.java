package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The sign-up form of one event.
 *
 * @param eventTitle the event's name
 * @param eventHref its page
 * @param when its date and time written out
 * @param full whether it is full, so this sign-up goes on the waitlist
 * @param maxPeople the most people one sign-up may bring
 * @param action where the form posts to
 * @param values what was typed
 */
public record SignUpPage(String eventTitle, String eventHref, String when, boolean full, int maxPeople,
		String organiserPhone, String action, Values values, FormErrors errors, List<Link> crumbs) {

	/** What was typed, to show again. */
	public record Values(String name, String email, String phone, String people, String remark, boolean consent,
			String formToken, String token) {

	}

}
