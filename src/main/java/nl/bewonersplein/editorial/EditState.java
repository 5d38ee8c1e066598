package nl.bewonersplein.editorial;

import nl.bewonersplein.shared.FormErrors;

/**
 * What an edit page shows besides the form: the errors, whether the save was refused
 * because someone else saved meanwhile, the version the next save is based on and the
 * preview.
 *
 * @param errors the form's errors, {@link FormErrors#NONE} if none
 * @param conflict true when the item changed since the form was opened (HTTP 409)
 * @param version the version to put in the form, or null for a new item
 * @param preview the HTML preview, empty if none was asked for
 * @param formToken the one-time token of a create form (kept when it is shown again),
 * null when editing
 */
public record EditState(FormErrors errors, boolean conflict, Long version, String preview, String formToken) {

	/** An existing item's form as opened. */
	public static EditState opened(long version) {
		return new EditState(FormErrors.NONE, false, version, "", null);
	}

}
