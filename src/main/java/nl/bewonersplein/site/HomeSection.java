package nl.bewonersplein.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.bewonersplein.shared.Link;

/**
 * A block on the home page with a module's newest items, e.g. "Nieuws" or "Agenda". A
 * module contributes one by declaring a {@link Provider} bean; the site module shows the
 * blocks in {@code order}, and leaves out a module that has nothing to show.
 *
 * @param order position on the page, low first
 * @param title the block's heading, in the visitor's language
 * @param items the newest items, at most a handful
 * @param more link to everything, e.g. "Al het nieuws", or null
 */
public record HomeSection(int order, String title, List<Teaser> items, Link more) {

	/**
	 * One item in a block.
	 *
	 * @param label type label or category, or an empty string
	 * @param title the item's title
	 * @param summary one or two sentences, or an empty string
	 * @param url where it is
	 * @param date its date as shown (dd/mm/yyyy or a long date), or an empty string
	 * @param image a thumbnail, or null
	 */
	public record Teaser(String label, String title, String summary, String url, String date, CardImage image) {

		/** A teaser without an image. */
		public Teaser(String label, String title, String summary, String url, String date) {
			this(label, title, summary, url, date, null);
		}

	}

	/**
	 * Supplies a module's home-page block; called for every home page view, so keep it
	 * cheap.
	 */
	@FunctionalInterface
	public interface Provider {

		Optional<HomeSection> homeSection(Locale locale);

	}

}
