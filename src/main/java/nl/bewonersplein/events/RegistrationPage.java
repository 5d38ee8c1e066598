package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * A person's own sign-up, behind the personal link.
 *
 * @param justMade whether the person just signed up (shows the confirmation)
 * @param status "confirmed", "waitlist" or "cancelled"
 * @param statusText the status as a sentence
 * @param onlineUrl the link to join an online event, for confirmed sign-ups; or null
 * @param cancelAction where the cancel form posts to, or null when it cannot be cancelled
 * @param personalLink the absolute personal link, to keep
 */
public record RegistrationPage(String eventTitle, String eventHref, String when, String where, String name,
		String contact, int people, String status, String statusText, String onlineUrl, boolean justMade,
		String cancelAction, String personalLink, String organiser, String organiserPhone, List<Link> crumbs) {

}
