package nl.bewonersplein.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a module offers the site search: one bean per kind of thing it publishes. Search
 * keeps its index in step by comparing {@link #stamps()} with what it indexed, after
 * every staff change (every {@code audit.Audited} event), every minute and at start, and
 * asks {@link #documents} only for what changed. A module adds a type by declaring a
 * bean; the search module does not know the modules that do.
 */
public interface SearchSource {

	/** A stable name for this source, e.g. {@code article}; keys are unique within it. */
	String name();

	/**
	 * Every document that may be found now or later (published or scheduled), by key,
	 * with a stamp that changes whenever its document would change (e.g. version and last
	 * edit). One cheap query: no texts.
	 */
	Map<String, String> stamps();

	/**
	 * The documents for these keys; a key that is no longer searchable is simply missing.
	 */
	List<SearchDocument> documents(Collection<String> keys);

}
