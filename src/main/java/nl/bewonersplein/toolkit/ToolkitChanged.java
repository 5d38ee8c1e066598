package nl.bewonersplein.toolkit;

import nl.bewonersplein.audit.Audited;

/**
 * An editor changed a toolkit: created, updated, published an edition, withdrew or
 * deleted it, or changed its chapters and articles.
 *
 * @param change what changed, e.g. {@code edition-published}, {@code chapter-added}
 * @param id the toolkit's id
 * @param title the toolkit's title
 * @param detail extra facts, e.g. {@code edition 2}; empty if none
 */
public record ToolkitChanged(String change, long id, String title, String detail) implements Audited {

	@Override
	public String action() {
		return "toolkit." + this.change;
	}

	@Override
	public String subject() {
		return "Toolkit " + this.id + " \"" + this.title + "\"";
	}

}
