package nl.bewonersplein.editorial;

import java.util.List;

/**
 * A page of the redirect manager's list.
 *
 * @param query the search words
 * @param rows the redirects on this page
 * @param page the page number, from 1
 * @param hasNext whether there is a next page
 * @param total how many redirects match
 */
public record RedirectList(String query, List<Row> rows, int page, boolean hasNext, long total) {

	/**
	 * One redirect.
	 *
	 * @param id its id
	 * @param oldPath the old address
	 * @param newPath where it leads, or empty when the page is gone (410)
	 * @param hits how often it was visited
	 * @param lastHit when last, dd/mm/yyyy, or empty
	 * @param manual whether an editor made it by hand
	 */
	public record Row(long id, String oldPath, String newPath, long hits, String lastHit, boolean manual) {

	}

}
