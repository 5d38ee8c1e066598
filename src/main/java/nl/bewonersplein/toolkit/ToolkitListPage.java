package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The list of published toolkits at {@code /toolkit}.
 *
 * @param toolkits one card per toolkit
 * @param crumbs the breadcrumb trail
 */
public record ToolkitListPage(List<Card> toolkits, List<Link> crumbs) {

	/**
	 * A toolkit in the list.
	 *
	 * @param title its title
	 * @param subtitle its subtitle
	 * @param href its page
	 */
	public record Card(String title, String subtitle, String href) {

	}

}
