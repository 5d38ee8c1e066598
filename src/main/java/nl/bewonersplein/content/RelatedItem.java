package nl.bewonersplein.content;

/**
 * One item in a related block, ready to show.
 *
 * @param title its name, the link text
 * @param url where it lives
 * @param label a short label above it, e.g. a type ("Nieuws") or a region ("Oost"); may
 * be empty
 * @param meta a short line under the title, e.g. a date or a town; may be empty
 * @param excerpt a sentence or two; may be empty
 * @param readMore whether to end with a "Lees meer" link
 * @param image a thumbnail, or null
 */
public record RelatedItem(String title, String url, String label, String meta, String excerpt, boolean readMore,
		nl.bewonersplein.site.CardImage image) {

	/** An item without an image. */
	public RelatedItem(String title, String url, String label, String meta, String excerpt, boolean readMore) {
		this(title, url, label, meta, excerpt, readMore, null);
	}

}
