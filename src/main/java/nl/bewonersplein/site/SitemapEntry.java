package nl.bewonersplein.site;

import java.time.Instant;

/**
 * One URL of the sitemap.
 *
 * @param path the page's path, starting with {@code /}
 * @param lastModified when it last changed, or null if unknown
 */
public record SitemapEntry(String path, Instant lastModified) {

}
