package nl.bewonersplein.editorial;

import nl.bewonersplein.audit.Audited;

/**
 * An editor created, changed or deleted an item of some type, published by the
 * {@link EditFlow} inside the transaction of the change.
 *
 * @param kind the type's audit name, e.g. {@code article}
 * @param change {@code created}, {@code updated} or {@code deleted}
 * @param subject the item as the audit log names it
 */
public record Edited(String kind, String change, String subject) implements Audited {

	@Override
	public String action() {
		return this.kind + "." + this.change;
	}

}
