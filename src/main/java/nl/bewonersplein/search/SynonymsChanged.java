package nl.bewonersplein.search;

import nl.bewonersplein.audit.Audited;

/**
 * An editor added, changed or deleted a group of search terms that mean the same.
 * Published in the transaction of the change; the audit log records it, and search uses
 * the new groups at once.
 *
 * @param groupId the group's id
 * @param terms the group's terms, comma-separated
 * @param deleted whether the group is gone
 */
public record SynonymsChanged(long groupId, String terms, boolean deleted) implements Audited {

	@Override
	public String action() {
		return this.deleted ? "search.synonyms-deleted" : "search.synonyms-saved";
	}

	@Override
	public String subject() {
		return "Zoekwoorden " + this.groupId;
	}

	@Override
	public String detail() {
		return this.terms;
	}

}
