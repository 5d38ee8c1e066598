package nl.bewonersplein.search;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The search page: the query, one page of hits, the facets to narrow it, links to the
 * other pages, and help when nothing was found.
 *
 * @param query what was asked, trimmed; empty when nothing was asked
 * @param total how many items match
 * @param hits the hits on this page
 * @param facets the ways to narrow the hits, with counts
 * @param active the narrowings in force, each a link that removes it
 * @param suggestion "Bedoelde je …?": a link to the corrected query, or null
 * @param popular themes with the most content, for a page without hits
 * @param previous link to the previous page of hits, or null
 * @param next link to the next page of hits, or null
 * @param pageLabel e.g. "Pagina 2 van 5", or empty
 * @param crumbs the breadcrumb trail
 */
public record SearchResults(String query, long total, List<SearchHit> hits, List<Facet> facets, List<Link> active,
		Link suggestion, List<Link> popular, Link previous, Link next, String pageLabel, List<Link> crumbs) {

	public boolean asked() {
		return !this.query.isEmpty();
	}

	/**
	 * One way to narrow the hits.
	 *
	 * @param name e.g. "Soort"
	 * @param values its values with counts and links
	 */
	public record Facet(String name, List<FacetValue> values) {

	}

	/**
	 * One value of a facet.
	 *
	 * @param label e.g. "Nieuws"
	 * @param count how many hits have it
	 * @param href the search narrowed to it (or widened again when selected)
	 * @param selected whether the hits are narrowed to it now
	 */
	public record FacetValue(String label, long count, String href, boolean selected) {

	}

}
