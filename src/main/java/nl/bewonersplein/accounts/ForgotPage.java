package nl.bewonersplein.accounts;

import nl.bewonersplein.shared.FormErrors;

/**
 * The "wachtwoord vergeten" page.
 *
 * @param email what was typed
 * @param sent whether a request was just made (the answer is the same whether the address
 * is known or not)
 * @param errors messages per field
 */
public record ForgotPage(String email, boolean sent, FormErrors errors) {

}
