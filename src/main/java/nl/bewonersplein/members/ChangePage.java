package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/**
 * A member's proposed change as the editor who decides sees it.
 *
 * @param id the change's id
 * @param initiative the initiative's name
 * @param initiativeHref the initiative in the admin
 * @param proposedBy who proposed it
 * @param proposedAt when, as dd/mm/yyyy
 * @param pending whether it still waits for a decision
 * @param status what was decided, readable
 * @param fields the fields it changes
 * @param remark the remark typed when sending back
 * @param errors the validation messages of the send-back form
 */
public record ChangePage(long id, String initiative, String initiativeHref, String proposedBy, String proposedAt,
		boolean pending, String status, List<Field> fields, String remark, FormErrors errors) {

	/**
	 * One changed field.
	 *
	 * @param label the field's name
	 * @param before the value now
	 * @param after the proposed value
	 * @param diffHtml the difference, word by word, as safe HTML
	 */
	public record Field(String label, String before, String after, String diffHtml) {

	}

}
