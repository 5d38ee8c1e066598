package nl.bewonersplein.events;

import nl.bewonersplein.site.FormSubmissions;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A sign-up as typed: a name and an e-mail address or a phone number (at least one), the
 * number of people, a remark and consent. Text fields arrive as text so that nothing
 * typed can fail binding.
 *
 * @param personen the number of people, as typed
 * @param toestemming {@code "ja"} when the consent box is ticked
 * @param formToken the form's one-time token
 * @param sleutel the token of the personal link this sign-up will have
 */
record RegistrationForm(
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String naam,
		@Email(message = "{form.email}") @Size(max = 254, message = "{form.email}") String email,
		@Size(max = 40, message = "{form.too-long}") @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$",
				message = "{events.form.phone.invalid}") String telefoon,
		String personen, @Size(max = 1000, message = "{form.too-long}") String opmerking, String toestemming,
		@NotBlank @Pattern(regexp = FormSubmissions.TOKEN_PATTERN) String formToken,
		@NotBlank @Pattern(regexp = Tokens.PATTERN) String sleutel) {

	RegistrationForm {
		naam = clean(naam);
		email = clean(email);
		telefoon = clean(telefoon);
		personen = clean(personen);
		opmerking = cleanMultiline(opmerking);
		formToken = clean(formToken);
		sleutel = clean(sleutel);
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "1", "", "", FormSubmissions.token(), Tokens.next());
	}

	/** The number of people, or 0 when it is not a number. */
	int people() {
		return this.personen.matches("[0-9]{1,3}") ? Integer.parseInt(this.personen) : 0;
	}

	boolean consent() {
		return "ja".equals(this.toestemming);
	}

	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replaceAll("\\s+", " ").strip();
	}

	static String cleanMultiline(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replace("\r\n", "\n").strip();
	}

}
