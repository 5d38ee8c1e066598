package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The article form in the admin, ready to show.
 *
 * @param heading the page heading
 * @param action where the form posts to
 * @param id the article's id, or null for a new one
 * @param published whether it is published now
 * @param publicUrl its public address
 * @param kind the chosen type
 * @param slug the slug
 * @param title the title
 * @param summary the lead
 * @param body the body
 * @param imagePath the image path
 * @param imageAlt the image's alt text
 * @param imageCaption the image's caption
 * @param ctaLabel the call to action's text
 * @param ctaUrl the call to action's address
 * @param pins the pinned items, one per line
 * @param version the version edited
 * @param kinds options of the type (href = value)
 * @param themes theme checkboxes (href = id)
 * @param supporters funder and partner checkboxes (href = id)
 * @param errors the validation messages
 * @param conflict whether someone else saved in between
 * @param previewHtml the rendered body, or empty
 * @param formToken the one-time token of a new article's form, or null when editing
 */
public record ArticleEditor(String heading, String action, Long id, boolean published, String publicUrl, String kind,
		String slug, String title, String summary, String body, String imagePath, String imageAlt, String imageCaption,
		String ctaLabel, String ctaUrl, String pins, Long version, List<Link> kinds, List<Link> themes,
		List<Link> supporters, FormErrors errors, boolean conflict, String previewHtml, String formToken) {

}
