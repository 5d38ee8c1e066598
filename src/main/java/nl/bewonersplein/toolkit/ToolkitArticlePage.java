package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.media.Picture;

import nl.bewonersplein.shared.Link;

/**
 * An article read inside a toolkit: the article with the route around it.
 *
 * @param toolkitTitle the toolkit's title
 * @param toolkitHref the toolkit's page
 * @param chapterTitle the title of the chapter the article is in
 * @param title the article's title
 * @param summary its lead
 * @param bodyHtml its sanitised body
 * @param image its image as a static path, or null
 * @param imageAlt the image's text alternative
 * @param imageCaption the image's caption, or null
 * @param picture the image when it is one of the media library (then shown in its sizes
 * instead of {@code image}), or null
 * @param number its step number
 * @param total the number of steps
 * @param previous the previous step, or null on the first
 * @param next the next step, or null on the last
 * @param chapters the chapters with their articles, the current one marked
 * @param related the other articles of the same chapter
 * @param pdf this article as PDF
 * @param pdfLarge this article as PDF in large print
 * @param crumbs the breadcrumb trail
 */
public record ToolkitArticlePage(String toolkitTitle, String toolkitHref, String chapterTitle, String title,
		String summary, String bodyHtml, String image, String imageAlt, String imageCaption, Picture picture,
		int number, int total, Link previous, Link next, List<ChapterNav> chapters, List<ToolkitPage.Step> related,
		String pdf, String pdfLarge, List<Link> crumbs) {

	/** The step's own address: the canonical one of its body (the last crumb). */
	public String canonical() {
		return this.crumbs.get(this.crumbs.size() - 1).href();
	}

	/**
	 * A chapter in the side navigation.
	 *
	 * @param title the chapter's title
	 * @param current whether the article shown is in it
	 * @param articles its articles, the one shown marked current
	 */
	public record ChapterNav(String title, boolean current, List<Link> articles) {

	}

}
