package nl.bewonersplein.site;

import java.util.List;

/**
 * Adds URLs to {@code /sitemap.xml}. A module declares a bean that implements this and
 * lists every page it publishes, and nothing that visitors cannot see.
 */
public interface SitemapContributor {

	/** The published pages of this module. */
	List<SitemapEntry> sitemapEntries();

}
