package nl.bewonersplein.content;

import java.util.List;
import java.util.Set;

/**
 * What related content is asked for.
 *
 * @param selfUrl path of the page asking, never to be returned
 * @param themeIds ids of its themes
 * @param themeSlugs slugs of its themes
 * @param pinned paths the editor pinned, of any module (e.g. {@code /agenda/buurtfeest});
 * a source returns those it owns first, and ignores the others
 * @param limit the most items wanted
 */
public record RelatedQuery(String selfUrl, Set<Long> themeIds, Set<String> themeSlugs, List<String> pinned, int limit) {

	/**
	 * The pinned paths under {@code section}, e.g. {@code /nieuws}, as their last
	 * segment.
	 */
	public List<String> pinnedSlugs(String section) {
		return this.pinned.stream()
			.filter((path) -> path.startsWith(section + "/"))
			.map((path) -> path.substring(section.length() + 1))
			.filter((slug) -> !slug.isEmpty() && !slug.contains("/"))
			.toList();
	}

}
