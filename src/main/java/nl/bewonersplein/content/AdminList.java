package nl.bewonersplein.content;

import java.util.List;

/**
 * A list page of the content admin.
 *
 * @param heading the heading
 * @param newLink where a new item is made
 * @param newLabel label of that link
 * @param rows the rows
 */
public record AdminList(String heading, String newLink, String newLabel, List<Row> rows) {

	/**
	 * One item.
	 *
	 * @param title its title
	 * @param edit where it is edited
	 * @param view its public page, or empty
	 * @param status its state, e.g. "Gepubliceerd", or a label
	 * @param date date of the last change
	 */
	public record Row(String title, String edit, String view, String status, String date) {

	}

}
