package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

/**
 * A theme's dossier page: its introduction and everything published under it.
 *
 * @param title the theme's name
 * @param summary its summary
 * @param bodyHtml the sanitised introduction
 * @param slug its slug, for the feed links
 * @param news news-like articles under the theme, newest first
 * @param knowledge knowledge articles under the theme, newest first
 * @param related blocks other modules add (events, members), each non-empty
 * @param crumbs the breadcrumb trail
 * @param head metadata for the head
 */
public record ThemePage(String title, String summary, String bodyHtml, String slug, List<ArticleSummary> news,
		List<ArticleSummary> knowledge, List<RelatedBlock> related, Link previous, Link next, String pageInfo,
		List<Link> crumbs, PageHead head) {

}
