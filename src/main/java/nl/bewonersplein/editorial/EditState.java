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
 */
public record EditState(FormErrors errors, boolean conflict, Long version, String preview) {

	/** A form as opened, for an item of this version (null when new). */
	public static EditState opened(Long version) {
		return new EditState(FormErrors.NONE, false, version, "");
	}

}
