package nl.bewonersplein.content;

/**
 * An article in a list.
 *
 * @param title its title
 * @param url its page
 * @param label its type label
 * @param date publication date, dd/mm/yyyy
 * @param excerpt a short excerpt of the lead
 * @param image its thumbnail, or null
 */
public record ArticleSummary(String title, String url, String label, String date, String excerpt,
		nl.bewonersplein.site.CardImage image) {

	/** An article in a list, without an image. */
	public ArticleSummary(String title, String url, String label, String date, String excerpt) {
		this(title, url, label, date, excerpt, null);
	}

}
