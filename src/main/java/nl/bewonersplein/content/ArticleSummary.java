package nl.bewonersplein.content;

/**
 * An article in a list.
 *
 * @param title its title
 * @param url its page
 * @param label its type label
 * @param date publication date, dd/mm/yyyy
 * @param excerpt a short excerpt of the lead
 */
public record ArticleSummary(String title, String url, String label, String date, String excerpt) {

}
