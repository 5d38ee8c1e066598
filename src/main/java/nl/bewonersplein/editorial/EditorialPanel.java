package nl.bewonersplein.editorial;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/**
 * What the shared parts of an edit page show ({@code editorial/panel.jte} above the form,
 * {@code editorial/buttons.jte} at its end): whether the item is online or scheduled, the
 * publication buttons, the conflict with another editor's save, and the revisions.
 *
 * @param base the type's admin base path
 * @param id the item's id, or null for a new one
 * @param publishable whether the type can be online or offline
 * @param online whether visitors see it now
 * @param publicPath its public address, or empty
 * @param scheduled when it goes online by itself, in Dutch, or empty
 * @param scheduleDate the posted date of a schedule being entered
 * @param scheduleTime the posted time of a schedule being entered
 * @param errors the form's errors (for the schedule fields)
 * @param conflict the other editor's save, or null when there is no conflict
 * @param revisions the item's revisions, newest first
 * @param previewLinks the item's secret preview links, newest first (publishable types)
 * @param newPreviewLink the path of a preview link just made (shown once), or empty
 */
public record EditorialPanel(String base, Long id, boolean publishable, boolean online, String publicPath,
		String scheduled, String scheduleDate, String scheduleTime, FormErrors errors, Conflict conflict,
		List<RevisionRow> revisions, List<PreviewLinkRow> previewLinks, String newPreviewLink) {

	/** Where the preview links of the item are made. */
	public String previewLinksUrl() {
		return this.base + "/" + this.id + "/voorbeeldlinks";
	}

	/**
	 * A secret preview link in the list (its secret is not known any more).
	 *
	 * @param id its id
	 * @param created when it was made, in Dutch
	 * @param expires when it stops working, in Dutch
	 * @param works whether it works now
	 * @param revoked whether it was revoked
	 * @param by who made it, or empty
	 */
	public record PreviewLinkRow(long id, String created, String expires, boolean works, boolean revoked, String by) {

	}

	/** The page of the item's revisions. */
	public String revisionsUrl() {
		return this.base + "/" + this.id + "/versies";
	}

	/**
	 * Someone else saved the item after this editor opened it.
	 *
	 * @param by who saved it, or empty when unknown
	 * @param at when, in Dutch, or empty
	 * @param fields the fields where their version and this editor's differ
	 * @param theirsUrl the edit page with their version (to start again from it)
	 */
	public record Conflict(String by, String at, List<FieldDiff> fields, String theirsUrl) {

	}

	/**
	 * One field in which two versions differ.
	 *
	 * @param name the field's name
	 * @param theirs the other editor's text
	 * @param yours this editor's text
	 * @param diffHtml safe HTML: what they have struck out, what you have marked as added
	 */
	public record FieldDiff(String name, String theirs, String yours, String diffHtml) {

	}

	/**
	 * A revision in the list.
	 *
	 * @param number its number
	 * @param at when, in Dutch
	 * @param by who, or empty
	 * @param changed the names of the fields that changed
	 * @param note {@code before}, {@code restored:<n>} or empty
	 * @param live whether visitors see this state
	 */
	public record RevisionRow(int number, String at, String by, List<String> changed, String note, boolean live) {

		/** The revision this one restored, or 0. */
		public int restoredFrom() {
			return this.note.startsWith("restored:") ? Integer.parseInt(this.note.substring(9)) : 0;
		}

	}

}
