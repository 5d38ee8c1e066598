package nl.bewonersplein.editorial;

import java.util.List;

/**
 * Two revisions side by side.
 *
 * @param heading the page heading
 * @param editUrl the item's edit page
 * @param revisionsUrl this page
 * @param from the older revision compared
 * @param to the newer revision compared
 * @param numbers all revision numbers, newest first, for the choice
 * @param fields per field that differs: its name and the word diff as safe HTML
 * @param toLabel when and by whom {@code to} was saved
 * @param fromLabel when and by whom {@code from} was saved
 */
public record RevisionComparison(String heading, String editUrl, String revisionsUrl, int from, int to,
		List<Integer> numbers, List<EditorialPanel.FieldDiff> fields, String fromLabel, String toLabel) {

}
