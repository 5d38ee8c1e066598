package nl.bewonersplein.site;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;

/**
 * Links a module puts in the site's footer: the fixed pages (about, contact, privacy) and
 * the funders and partners the network thanks. A module declares a bean; the footer shows
 * the links of every bean per {@link Group}, in the order of the beans and of each list.
 * Called for every page, so keep it to one cheap query at most.
 */
@FunctionalInterface
public interface FooterLinks {

	/** Where in the footer a link goes. */
	enum Group {

		/** "Meer": the fixed pages. */
		PAGES,

		/** "Mogelijk gemaakt door": funders. */
		FUNDERS,

		/** "Samen met": partners. */
		PARTNERS

	}

	/** This module's footer links in the visitor's language. */
	List<Entry> footerLinks(Locale locale);

	/**
	 * One link.
	 *
	 * @param group where it goes
	 * @param link its label and target
	 */
	record Entry(Group group, Link link) {

	}

}
