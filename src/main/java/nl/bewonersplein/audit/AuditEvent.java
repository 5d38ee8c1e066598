package nl.bewonersplein.audit;

/**
 * Something an editor, coordinator or admin changed, for the audit log, named by a string
 * key. Prefer a past-tense domain event of your own that implements {@link Audited}; this
 * record stays for the modules that have not moved yet. Any module publishes one through
 * Spring's {@code ApplicationEventPublisher} inside the transaction of the change; the
 * audit log records it with who and when. Never put passwords, tokens, e-mail addresses
 * or postal addresses in it.
 *
 * @param action what happened, as a dotted key, e.g. {@code article.published}
 * @param subject what it happened to, readable, e.g. {@code Artikel 12 "Toolkit online"}
 * @param detail optional extra facts, e.g. {@code status new -> sent}; empty if none
 */
public record AuditEvent(String action, String subject, String detail) implements Audited {

	public AuditEvent(String action, String subject) {
		this(action, subject, "");
	}

}
