package nl.bewonersplein.editorial;

import nl.bewonersplein.shared.FormErrors;

/**
 * The form of one redirect in the redirect manager.
 *
 * @param id its id, or null for a new one
 * @param action where the form posts to
 * @param oldPath the old address
 * @param newPath where it leads
 * @param errors the messages
 * @param formToken the one-time token of a new redirect's form, or null
 */
public record RedirectForm(Long id, String action, String oldPath, String newPath, FormErrors errors,
		String formToken) {

}
