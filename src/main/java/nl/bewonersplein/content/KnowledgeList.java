package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

/**
 * The knowledge base: articles grouped by theme.
 *
 * @param groups one group per theme that has articles, in the themes' order
 * @param crumbs the breadcrumb trail
 * @param head metadata for the head
 */
public record KnowledgeList(List<Group> groups, List<Link> crumbs, PageHead head) {

	/**
	 * The knowledge articles of one theme.
	 *
	 * @param id anchor of the group
	 * @param title the theme's name
	 * @param url the theme's page, or empty for articles without a theme
	 * @param items its newest articles, newest first
	 * @param total how many articles it has in all (its theme page shows them)
	 */
	public record Group(String id, String title, String url, List<ArticleSummary> items, int total) {

	}

}
