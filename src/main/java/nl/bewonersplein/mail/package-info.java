/**
 * Outgoing mail. Other modules hand a mail to the {@link nl.bewonersplein.mail.Outbox} in
 * the transaction of whatever causes it; it is rendered from jte templates at once and
 * stored, and a scheduled sender delivers it over SMTP ({@code spring.mail.*}) with
 * retries, exactly once across restarts and app nodes. Without an SMTP server the mails
 * stay in the outbox, where admins read them at {@code /admin/mail}. Old mails are
 * deleted after a retention period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail",
		allowedDependencies = { "shared", "site", "admin", "audit" })
package nl.bewonersplein.mail;
