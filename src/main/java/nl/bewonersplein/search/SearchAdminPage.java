package nl.bewonersplein.search;

import java.util.List;

/**
 * The search admin page: the synonym groups, the progress of a re-index and the size of
 * the index.
 *
 * @param groups the synonym groups, each editable
 * @param newTerms what was typed in the "add" field (kept after an error)
 * @param error message key of the error of the last form sent, or null
 * @param errorGroup the id of the group the error belongs to, or null for the new one
 * @param reindex the progress line of the re-index
 * @param running whether a re-index runs now
 * @param percent how far it is, 0–100
 * @param documents how many documents the index holds
 */
public record SearchAdminPage(List<Group> groups, String newTerms, String error, Long errorGroup, String reindex,
		boolean running, int percent, long documents) {

	/**
	 * One synonym group.
	 *
	 * @param id its id
	 * @param terms its terms, comma-separated, as shown in the field
	 * @param version its version, for a stale edit
	 * @param saved its terms as saved now (differs from {@code terms} after an error)
	 */
	public record Group(long id, String terms, long version, String saved) {

	}

}
