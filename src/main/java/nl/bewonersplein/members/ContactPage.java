package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The contact form of one initiative.
 *
 * @param initiative the initiative's name
 * @param profileHref its profile
 * @param action where the form posts to
 * @param name what the sender typed as name
 * @param email what the sender typed as e-mail address
 * @param message the message typed
 * @param copy whether a copy was asked for
 * @param formToken the form's one-time token
 * @param sent whether a message has just been sent
 * @param errors the validation messages
 * @param crumbs the breadcrumb trail
 */
public record ContactPage(String initiative, String profileHref, String action, String name, String email,
		String message, boolean copy, String formToken, boolean sent, FormErrors errors, List<Link> crumbs) {

}
