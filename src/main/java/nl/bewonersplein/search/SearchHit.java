package nl.bewonersplein.search;

import java.util.List;

/**
 * One search result as the results page shows it.
 *
 * @param title the item's title
 * @param url where it is
 * @param kind its type label
 * @param date its date as people read it, or empty
 * @param snippet a passage with the matched words in {@code <mark>}: escaped HTML, safe
 * to write as is
 * @param themes labels of its themes
 * @param regions labels of its regions
 * @param past for events: whether it is over
 */
public record SearchHit(String title, String url, String kind, String date, String snippet, List<String> themes,
		List<String> regions, boolean past) {

}
