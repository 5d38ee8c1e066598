package nl.bewonersplein.audit;

/**
 * A domain event the audit log records: something staff did. Publish it through Spring's
 * {@code ApplicationEventPublisher} inside the transaction of the change; the audit log
 * stores it in that transaction, with who did it (the signed-in person) and when, and
 * shows it with the Dutch description of {@code audit.action.<action>} from the
 * publishing module's bundle. Never put passwords, tokens, e-mail addresses or postal
 * addresses in it.
 */
public interface Audited {

	/** What happened, as a dotted key, e.g. {@code article.published}. */
	String action();

	/** What it happened to, readable, e.g. {@code Artikel 12 "Toolkit online"}. */
	String subject();

	/** Optional extra facts, e.g. {@code status new -> sent}; empty if none. */
	default String detail() {
		return "";
	}

}
