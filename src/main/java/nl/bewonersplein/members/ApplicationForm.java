package nl.bewonersplein.members;

import nl.bewonersplein.site.FormSubmissions;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Lid worden": an initiative applies for membership, with a contact person.
 *
 * @param naam the initiative's name
 * @param soort the kind, by slug
 * @param plaats its town
 * @param samenvatting what it does, in a sentence or two
 * @param webadres its website address, or empty (not {@code website}: that is the
 * honeypot)
 * @param contactnaam the contact person's name
 * @param email the contact person's e-mail address
 * @param telefoon the contact person's phone number, or empty
 * @param motivatie why it wants to join
 * @param formToken the form's one-time token
 */
record ApplicationForm(@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String naam,
		@NotBlank(message = "{members.form.kind}") String soort,
		@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.too-long}") String plaats,
		@NotBlank(message = "{form.required}") @Size(max = 300, message = "{form.too-long}") String samenvatting,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{members.form.url}") String webadres,
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String contactnaam,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.email}") String email,
		@Size(max = 40, message = "{form.too-long}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{members.form.phone}") String telefoon,
		@NotBlank(message = "{form.required}") @Size(max = 3000, message = "{form.too-long}") String motivatie,
		@NotBlank @Pattern(regexp = FormSubmissions.TOKEN_PATTERN) String formToken) {

	ApplicationForm {
		naam = Texts.clean(naam);
		soort = Texts.clean(soort);
		plaats = Texts.clean(plaats);
		samenvatting = Texts.clean(samenvatting);
		webadres = Texts.clean(webadres);
		contactnaam = Texts.clean(contactnaam);
		email = Texts.clean(email);
		telefoon = Texts.clean(telefoon);
		motivatie = Texts.cleanMultiline(motivatie);
		formToken = Texts.clean(formToken);
	}

	static ApplicationForm empty() {
		return new ApplicationForm("", "", "", "", "", "", "", "", "", FormSubmissions.token());
	}

	ApplicationForm withNewToken() {
		return new ApplicationForm(this.naam, this.soort, this.plaats, this.samenvatting, this.webadres,
				this.contactnaam, this.email, this.telefoon, this.motivatie, FormSubmissions.token());
	}

}
