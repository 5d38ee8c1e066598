package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The "Lid worden" page.
 *
 * @param form what was typed
 * @param kinds the kinds to choose from
 * @param sent whether an application was just sent
 * @param errors the validation messages
 * @param crumbs the breadcrumb trail
 */
public record ApplyPage(Values form, List<InitiativeFormPage.Choice> kinds, boolean sent, FormErrors errors,
		List<Link> crumbs) {

	/** The values typed, for the template. */
	public record Values(String naam, String plaats, String samenvatting, String webadres, String contactnaam,
			String email, String telefoon, String motivatie, String formToken) {

	}

}
