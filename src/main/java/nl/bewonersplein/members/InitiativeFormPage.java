package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The profile form, for editors ({@code staff}) and for members editing their own
 * initiative.
 *
 * @param title the page's heading
 * @param intro a line under it, or an empty string
 * @param action where the form posts to
 * @param button the submit button's label
 * @param staff whether the editors' fields (contact address, region) are shown
 * @param naam the name typed
 * @param plaats the town typed
 * @param samenvatting the summary typed
 * @param beschrijving the description typed
 * @param website the website typed
 * @param links the links typed
 * @param email the contact address typed
 * @param opgericht the founding year typed, or an empty string
 * @param versie the version the form was made from
 * @param afbeelding the chosen library image's address, or an empty string (staff only)
 * @param afbeeldingAlt its text alternative typed
 * @param onderschrift its caption typed
 * @param kinds the kinds, the chosen one selected
 * @param regions the regions, the chosen one selected (staff only)
 * @param themes the themes as checkboxes
 * @param goals the goals as checkboxes
 * @param errors the validation messages
 * @param back where "terug" leads
 * @param crumbs the breadcrumb trail (members' pages only)
 */
public record InitiativeFormPage(String title, String intro, String action, String button, boolean staff, String naam,
		String plaats, String samenvatting, String beschrijving, String website, String links, String email,
		String opgericht, long versie, String afbeelding, String afbeeldingAlt, String onderschrift, List<Choice> kinds,
		List<Choice> regions, List<Choice> themes, List<Choice> goals, FormErrors errors, Link back,
		List<Link> crumbs) {

	/**
	 * A choice in a select or a set of checkboxes.
	 *
	 * @param value the submitted value
	 * @param label what people read
	 * @param chosen whether it is selected or ticked
	 */
	public record Choice(String value, String label, boolean chosen) {

	}

}
