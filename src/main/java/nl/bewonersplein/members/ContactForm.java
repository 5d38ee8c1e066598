package nl.bewonersplein.members;

import nl.bewonersplein.site.FormSubmissions;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to an initiative through its contact form.
 *
 * @param naam the sender's name
 * @param email where the initiative can answer
 * @param bericht the message
 * @param kopie {@code true} when the sender wants a copy (a checkbox: absent means no)
 * @param formToken the form's one-time token, so that a repeated post sends once
 */
record ContactForm(@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String naam,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.email}") String email,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.too-long}") String bericht,
		String kopie, @NotBlank @Pattern(regexp = FormSubmissions.TOKEN_PATTERN) String formToken) {

	ContactForm {
		naam = Texts.clean(naam);
		email = Texts.clean(email);
		bericht = Texts.cleanMultiline(bericht);
		formToken = Texts.clean(formToken);
	}

	static ContactForm empty() {
		return new ContactForm("", "", "", "", FormSubmissions.token());
	}

	/** Whether the sender asked for a copy. */
	boolean copy() {
		return "true".equals(this.kopie);
	}

}
