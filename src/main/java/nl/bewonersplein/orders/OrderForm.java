package nl.bewonersplein.orders;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An order as typed into the order form. Field names are the Dutch names the form posts.
 * Rules that need the material or several fields at once (the quantity's maximum, the
 * postcode, e-mail or phone) are checked by {@link OrderFormController}.
 *
 * @param aantal how many units, as typed
 * @param naam the name the parcel is addressed to
 * @param initiatief the initiative's name, optional
 * @param postcode the postcode as typed
 * @param huisnummer the house number
 * @param toevoeging the house number's addition, optional
 * @param straat the street
 * @param plaats the town
 * @param email where the confirmation goes; optional when a phone number is given
 * @param telefoon a phone number, optional
 * @param toestemming {@code "ja"} when the consent box is ticked
 * @param formToken the form's one-time token (site's form tokens)
 */
record OrderForm(
		@NotBlank(message = "{form.required}") @Pattern(regexp = "[0-9]{1,3}",
				message = "{orders.form.quantity.invalid}") String aantal,
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String naam,
		@Size(max = 160, message = "{form.too-long}") String initiatief,
		@NotBlank(message = "{form.required}") String postcode,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "[1-9][0-9]{0,4}",
				message = "{orders.form.house-number.invalid}") String huisnummer,
		@Pattern(regexp = "[A-Za-z0-9 -]{0,6}", message = "{orders.form.addition.invalid}") String toevoeging,
		@NotBlank(message = "{form.required}") @Size(max = 160, message = "{form.too-long}") String straat,
		@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.too-long}") String plaats,
		@Email(message = "{form.email}") @Size(max = 254, message = "{form.email}") String email,
		@Pattern(regexp = "(\\+?[0-9][0-9 ()-]{8,18}[0-9])?", message = "{orders.form.phone.invalid}") String telefoon,
		String toestemming, String formToken) {

	OrderForm {
		aantal = clean(aantal);
		naam = clean(naam);
		initiatief = clean(initiatief);
		postcode = clean(postcode);
		huisnummer = clean(huisnummer);
		toevoeging = clean(toevoeging).toUpperCase(Locale.ROOT);
		straat = clean(straat);
		plaats = clean(plaats);
		email = clean(email).toLowerCase(Locale.ROOT);
		telefoon = clean(telefoon);
		toestemming = clean(toestemming);
		formToken = clean(formToken);
	}

	static OrderForm empty(String token) {
		return new OrderForm("1", "", "", "", "", "", "", "", "", "", "", token);
	}

	OrderForm withToken(String token) {
		return new OrderForm(this.aantal, this.naam, this.initiatief, this.postcode, this.huisnummer, this.toevoeging,
				this.straat, this.plaats, this.email, this.telefoon, this.toestemming, token);
	}

	OrderForm withPostcode(String normal) {
		return new OrderForm(this.aantal, this.naam, this.initiatief, normal, this.huisnummer, this.toevoeging,
				this.straat, this.plaats, this.email, this.telefoon, this.toestemming, this.formToken);
	}

	int quantity() {
		return Integer.parseInt(this.aantal);
	}

	boolean consent() {
		return "ja".equals(this.toestemming);
	}

	/** The phone number's digits (a leading + kept), or null. */
	String phoneDigits() {
		String digits = this.telefoon.replaceAll("[^0-9+]", "");
		return digits.isEmpty() ? null : digits;
	}

	private static String clean(String value) {
		return (value == null) ? "" : value.strip().replaceAll("\\s+", " ");
	}

}
