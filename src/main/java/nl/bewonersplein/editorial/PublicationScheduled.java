package nl.bewonersplein.editorial;

import java.time.Instant;

import nl.bewonersplein.audit.Audited;

/**
 * An editor scheduled an item to go online by itself.
 *
 * @param kind the type's audit name, e.g. {@code article}
 * @param id the item's id
 * @param subject the item as the audit log names it
 * @param at when it goes online
 */
public record PublicationScheduled(String kind, long id, String subject, Instant at) implements Audited {

	@Override
	public String action() {
		return this.kind + ".scheduled";
	}

	@Override
	public String detail() {
		return nl.bewonersplein.shared.Dates.longDateTime(this.at, java.util.Locale.forLanguageTag("nl"));
	}

}
