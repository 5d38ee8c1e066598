package nl.bewonersplein.accounts;

import nl.bewonersplein.shared.FormErrors;

/**
 * A form to choose a password: change (with the current one), reset or accept an
 * invitation.
 *
 * @param title the page heading
 * @param intro the text under it
 * @param action where the form posts to
 * @param askCurrent whether the current password is asked
 * @param errors messages per field
 */
public record PasswordPage(String title, String intro, String action, boolean askCurrent, FormErrors errors) {

}
