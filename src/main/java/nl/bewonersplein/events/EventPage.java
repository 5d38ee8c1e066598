package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.content.RelatedBlock;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

/**
 * One event's page, ready to show.
 *
 * @param when date and time written out in Dutch time
 * @param place venue, address and town lines, or empty for an online event
 * @param places places left as a sentence, e.g. "Nog 3 plaatsen vrij"
 * @param signUp the sign-up link (label and path), or null when sign-up is closed
 * @param closedNote why one cannot sign up, or empty
 * @param organiserPhoneHref a {@code tel:} link
 * @param access the venue's accessibility facts as sentences
 * @param reportHtml the report afterwards, or empty
 * @param ics the event's calendar file ("Zet in je agenda")
 * @param picture the event's image from the media library, or null
 */
public record EventPage(String title, String summary, String label, String when, boolean online, List<String> place,
		String places, Link signUp, String closedNote, String organiser, String organiserPhone,
		String organiserPhoneHref, List<String> access, String price, String descriptionHtml, String reportHtml,
		boolean cancelled, boolean past, String ics, List<Link> themes, List<RelatedBlock> related, List<Link> crumbs,
		PageHead head, nl.bewonersplein.media.Picture picture) {

}
