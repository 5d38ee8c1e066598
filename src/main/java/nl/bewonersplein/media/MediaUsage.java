package nl.bewonersplein.media;

import java.util.List;
import java.util.Set;

/**
 * Where library files are used: a module that shows library files (on its items, in its
 * bodies) declares one as a bean. The library asks all of them before it deletes a file,
 * and refuses while one answers a use, listing them; the library's list filters on "in
 * use" with {@link #usedIds()}. {@link MediaLibrary#referencedIds(String)} finds the
 * files a body shows.
 */
public interface MediaUsage {

	/** Every place that uses the file with this id (empty if none). */
	List<Use> usesOf(long mediaId);

	/** The ids of all files used anywhere this provider knows of. */
	Set<Long> usedIds();

	/**
	 * One place a file is used.
	 *
	 * @param label what it is, readable, e.g. {@code Artikel "Koffie in de straat"}
	 * @param href where an editor can change it, e.g. its admin page
	 */
	record Use(String label, String href) {

	}

}
