package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

/**
 * An article, ready to show, with everything around it.
 *
 * @param title the heading
 * @param label the type label, e.g. "Nieuws"
 * @param date publication date, dd/mm/yyyy
 * @param isoDate publication date for the {@code time} element
 * @param summary the lead
 * @param bodyHtml the sanitised body
 * @param imagePath the image, or empty
 * @param imageAlt its alt text
 * @param imageCaption its caption, or empty
 * @param callToAction the call to action, or null
 * @param funders funders to thank
 * @param partners partners to thank
 * @param themes the article's themes
 * @param shareMail a mailto link to share the article
 * @param shareWhatsApp a WhatsApp link to share the article
 * @param related the related blocks, each non-empty
 * @param crumbs the breadcrumb trail
 * @param head metadata for the head
 * @param belongsTo the page where this body is at home (a toolkit step), or null
 * @param picture the header image from the media library, or null (then {@code imagePath}
 * may hold an older plain image)
 */
public record ArticlePage(String title, String label, String date, String isoDate, String summary, String bodyHtml,
		String imagePath, String imageAlt, String imageCaption, Link callToAction, List<SupporterView> funders,
		List<SupporterView> partners, List<Link> themes, String shareMail, String shareWhatsApp,
		List<RelatedBlock> related, List<Link> crumbs, PageHead head, Link belongsTo,
		nl.bewonersplein.media.Picture picture) {

}
