package nl.bewonersplein.content;

import nl.bewonersplein.shared.FormErrors;

/**
 * The form for a funder or partner in the admin, ready to show.
 *
 * @param heading the page heading
 * @param action where the form posts to
 * @param deleteUrl the delete confirmation, or empty for a new one
 * @param name the name
 * @param url the website
 * @param logo the logo path
 * @param funder whether it is a funder (else a partner)
 * @param position the position as typed
 * @param inFooter whether the footer thanks it
 * @param version the version edited
 * @param errors the validation messages
 * @param conflict whether someone else saved in between
 * @param formToken the one-time token of a new item's form, or null when editing
 */
public record SupporterEditor(String heading, String action, String deleteUrl, String name, String url, String logo,
		boolean funder, String position, boolean inFooter, Long version, FormErrors errors, boolean conflict,
		String formToken) {

}
