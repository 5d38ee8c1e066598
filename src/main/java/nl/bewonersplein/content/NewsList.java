package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

/**
 * The news list: one page of items, the filters and the year archive.
 *
 * @param heading the page heading, naming the active filters
 * @param items the items on this page
 * @param themes options of the theme filter (href holds the slug), the chosen one marked
 * @param kinds options of the label filter (href holds the value), the chosen one marked
 * @param years links to each year's archive, the chosen one marked
 * @param previous link to newer items, or null
 * @param next link to older items, or null
 * @param pageInfo "Pagina 2 van 5"
 * @param crumbs the breadcrumb trail
 * @param head metadata for the head
 */
public record NewsList(String heading, List<ArticleSummary> items, List<Link> themes, List<Link> kinds,
		List<Link> years, Link previous, Link next, String pageInfo, List<Link> crumbs, PageHead head) {

}
