package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The directory page {@code /leden}: one page of initiatives and the filters with their
 * counts.
 *
 * @param cards the initiatives on this page
 * @param total how many initiatives pass the filters
 * @param regions the regions as links with counts
 * @param kinds the sorts of initiative for the select
 * @param themes the themes for the select
 * @param goals the Sustainable Development Goals for the select
 * @param towns the towns with most initiatives, as links with counts
 * @param text what was typed in the text filter
 * @param town the town filtered on, or an empty string
 * @param active the filters in force, each a link that removes it
 * @param previous the previous page, or null
 * @param next the next page, or null
 * @param page this page's number
 * @param pages the number of pages
 * @param crumbs the breadcrumb trail
 */
public record DirectoryPage(List<MemberCard> cards, int total, List<Option> regions, List<Option> kinds,
		List<Option> themes, List<Option> goals, List<Option> towns, String text, String town, List<Link> active,
		Link previous, Link next, int page, int pages, List<Link> crumbs) {

	/**
	 * A filter value.
	 *
	 * @param value the value in the address
	 * @param label what people read, e.g. "Oost"
	 * @param count how many initiatives it would show
	 * @param selected whether it is the value in force
	 * @param href the directory with this value chosen
	 */
	public record Option(String value, String label, int count, boolean selected, String href) {

	}

}
