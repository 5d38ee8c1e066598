package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.site.PageHead;
import nl.bewonersplein.content.RelatedBlock;
import nl.bewonersplein.shared.Link;

/**
 * An initiative's public profile.
 *
 * @param name its name
 * @param kind what sort of initiative
 * @param region its region
 * @param town its town
 * @param regionHref the directory filtered on its region
 * @param townHref the directory filtered on its town
 * @param founded the year it was founded, or an empty string
 * @param summary one or two sentences
 * @param picture its logo or photo from the media library, or null
 * @param descriptionHtml the long description, sanitised HTML
 * @param website its website, or null
 * @param links its other pages (social media), labelled by site
 * @param themes its themes, linking to their dossiers
 * @param goals the Sustainable Development Goals it contributes to, as text
 * @param contactHref the contact form, or null when it has no contact address
 * @param nearbyHref initiatives near its town
 * @param related related news, knowledge and events
 * @param more "Meer van onze leden", preferring its region
 * @param crumbs the breadcrumb trail
 * @param head canonical address and structured data (schema.org Organization)
 */
public record ProfilePage(String name, String kind, String region, String town, String regionHref, String townHref,
		String founded, String summary, nl.bewonersplein.media.Picture picture, String descriptionHtml, Link website,
		List<Link> links, List<Link> themes, List<String> goals, String contactHref, String nearbyHref,
		List<RelatedBlock> related, List<MemberCard> more, List<Link> crumbs, PageHead head) {

}
