package nl.bewonersplein.site;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.shared.Link;

/**
 * One canonical address per body of text. A module whose pages show a body that another
 * module also publishes (the toolkit shows knowledge articles as its steps) declares a
 * bean of this type; the module showing the copy links to the canonical page
 * ({@code <link rel=canonical>} and a visible link) and search shows the canonical
 * address.
 */
public interface CanonicalPages {

	/**
	 * The canonical page of what is shown at {@code path}, if that is another page.
	 * @param path a path on this site, e.g. {@code /kennis/een-artikel}
	 * @param locale the visitor's language, for the label
	 * @return the canonical page: its path and a label that says where the body belongs
	 * (e.g. "Dit artikel hoort bij de toolkit … (stap 3 van 16)")
	 */
	default Optional<Link> canonicalOf(String path, Locale locale) {
		return Optional.ofNullable(canonicalOf(List.of(path), locale).get(path));
	}

	/**
	 * The canonical pages of several paths at once (for a list such as search results),
	 * by path; paths that are their own canonical page are missing.
	 */
	Map<String, Link> canonicalOf(Collection<String> paths, Locale locale);

}
