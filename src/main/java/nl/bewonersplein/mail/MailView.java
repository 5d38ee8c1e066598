package nl.bewonersplein.mail;

import java.util.List;

/**
 * One mail from the outbox, as the admin reads it.
 *
 * @param subject the subject line
 * @param recipient the recipient's address (admins only)
 * @param created when it was queued, in full
 * @param sent when the mail server accepted it, or null
 * @param statusKey message key of its status
 * @param statusClass CSS class for the status label
 * @param attempts how many delivery attempts were made
 * @param nextAttempt when the next attempt is due, or null if none will be made
 * @param lastError the technical message of the last failed attempt, or null
 * @param messageId the Message-ID header, the same on every attempt
 * @param text the plain-text body
 * @param htmlHref where the HTML body can be viewed on its own, sandboxed
 * @param retryAction where the "try again" form posts to, or null when the mail has not
 * failed
 * @param attachments the names of the files sent with it
 */
public record MailView(String subject, String recipient, String created, String sent, String statusKey,
		String statusClass, int attempts, String nextAttempt, String lastError, String messageId, String text,
		String htmlHref, String retryAction, List<String> attachments) {

}
