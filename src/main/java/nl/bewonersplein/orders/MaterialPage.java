package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * A material's page with its order form.
 *
 * @param material the material
 * @param action where the order form posts to
 * @param notifyAction where the "houd me op de hoogte" form posts to
 * @param quantity the quantity typed
 * @param name the name typed
 * @param initiative the initiative typed
 * @param postcode the postcode typed
 * @param houseNumber the house number typed
 * @param addition the addition typed
 * @param street the street typed
 * @param town the town typed
 * @param email the e-mail address typed
 * @param phone the phone number typed
 * @param consent whether the consent box was ticked
 * @param formToken the form's token
 * @param problem a message about the whole order ("op = op", the limit), or null
 * @param notified a message after "houd me op de hoogte", or null
 * @param errors messages next to fields
 * @param crumbs the breadcrumb trail
 */
public record MaterialPage(MaterialView material, String action, String notifyAction, String quantity, String name,
		String initiative, String postcode, String houseNumber, String addition, String street, String town,
		String email, String phone, boolean consent, String formToken, String problem, String notified,
		FormErrors errors, List<Link> crumbs) {

}
