package nl.bewonersplein.content;

import nl.bewonersplein.shared.FormErrors;

/**
 * The form for a theme or a static page in the admin, ready to show.
 *
 * @param heading the page heading
 * @param action where the form posts to
 * @param publication where publishing and taking offline post to, or empty for a new one
 * @param published whether visitors see it
 * @param deleteUrl the delete confirmation, or empty for a new one
 * @param publicUrl its public address, or empty
 * @param slugHint the hint under the slug, showing the address
 * @param slug the slug
 * @param title the title
 * @param summary the summary
 * @param body the text
 * @param position the position as typed, or null where there is none
 * @param version the version edited
 * @param errors the validation messages
 * @param conflict whether someone else saved in between
 * @param previewHtml the rendered text, or empty
 * @param formToken the one-time token of a new item's form, or null when editing
 */
public record TextEditor(String heading, String action, String publication, boolean published, String deleteUrl,
		String publicUrl, String slugHint, String slug, String title, String summary, String body, String position,
		Long version, FormErrors errors, boolean conflict, String previewHtml, String formToken) {

}
