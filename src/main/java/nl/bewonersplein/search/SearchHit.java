package nl.bewonersplein.search;

/**
 * One search result as the results page shows it.
 *
 * @param title the item's title
 * @param summary its lead or summary
 * @param url where it is
 * @param kind message key of its type label
 */
public record SearchHit(String title, String summary, String url, String kind) {

}
