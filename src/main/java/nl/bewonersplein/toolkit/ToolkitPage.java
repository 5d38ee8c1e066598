package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.media.Picture;

import nl.bewonersplein.shared.Link;

/**
 * A toolkit's own page: its introduction, how to use it, its chapters with their articles
 * and the ways to print it.
 *
 * @param title the toolkit's title
 * @param subtitle its subtitle
 * @param image its image from the media library, or null
 * @param intro the introduction, one entry per paragraph
 * @param howItWorks "hoe werkt de toolkit", one entry per paragraph
 * @param edition the edition number
 * @param editionDate the edition's date, dd/mm/yyyy, or empty
 * @param steps how many articles it has
 * @param start the first article, or null if there is none
 * @param chapters the chapters in order
 * @param booklet the booklet PDF
 * @param bookletLarge the booklet PDF in large print
 * @param order where to order printed material, or null when that is not offered
 * @param funders who funded it
 * @param partners who worked on it
 * @param crumbs the breadcrumb trail
 */
public record ToolkitPage(String title, String subtitle, Picture image, List<String> intro, List<String> howItWorks,
		int edition, String editionDate, int steps, Link start, List<ChapterView> chapters, String booklet,
		String bookletLarge, String order, List<Link> funders, List<Link> partners, List<Link> crumbs) {

	/**
	 * A chapter with its articles.
	 *
	 * @param anchor the id of its heading on the page
	 * @param number its number, from 1
	 * @param title the chapter's title
	 * @param intro its introduction
	 * @param articles links to its articles, each with its step number in the label
	 * @param pdf the chapter as PDF
	 * @param pdfLarge the chapter as PDF in large print
	 */
	public record ChapterView(String anchor, int number, String title, String intro, List<Step> articles, String pdf,
			String pdfLarge) {

	}

	/**
	 * An article on the reading route.
	 *
	 * @param number its step number
	 * @param title its title
	 * @param summary its lead
	 * @param href its page in the toolkit
	 */
	public record Step(int number, String title, String summary, String href) {

	}

}
