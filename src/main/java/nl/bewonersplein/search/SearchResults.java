package nl.bewonersplein.search;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The search page: the query, one page of hits and links to the other pages.
 *
 * @param query what was asked, trimmed; empty when nothing was asked
 * @param total how many items match
 * @param hits the hits on this page
 * @param previous link to the previous page of hits, or null
 * @param next link to the next page of hits, or null
 * @param crumbs the breadcrumb trail
 */
public record SearchResults(String query, long total, List<SearchHit> hits, Link previous, Link next,
		List<Link> crumbs) {

	public boolean asked() {
		return !this.query.isEmpty();
	}

}
