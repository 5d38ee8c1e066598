package nl.bewonersplein.content;

import java.time.Instant;

/**
 * A published article with its rendered body, for modules that show articles in their own
 * setting, such as the toolkit.
 *
 * @param id the article's id
 * @param slug its slug
 * @param kind its type
 * @param title the title
 * @param summary the lead
 * @param bodyHtml the sanitised body
 * @param bodyXhtml the same body as well-formed XHTML for print (PDF): videos as a link
 * with a QR code
 * @param imagePath the image, or null
 * @param imageAlt the image's alt text, or null
 * @param imageCaption the image's caption, or null
 * @param publishedAt when it was published
 * @param updatedAt when it last changed
 * @param url its own page
 */
public record ArticleContent(long id, String slug, ArticleKind kind, String title, String summary, String bodyHtml,
		String bodyXhtml, String imagePath, String imageAlt, String imageCaption, Instant publishedAt,
		Instant updatedAt, String url) {

}
