package nl.bewonersplein.search;

import nl.bewonersplein.audit.Audited;

/**
 * An editor started a full re-index of the search index; the audit log records it.
 */
public record ReindexStarted() implements Audited {

	@Override
	public String action() {
		return "search.reindex-started";
	}

	@Override
	public String subject() {
		return "Zoekindex";
	}

}
