package nl.bewonersplein.content;

import nl.bewonersplein.editorial.Editable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for a funder or partner.
 *
 * @param name its name
 * @param url its website
 * @param logo path of its logo on this site, or empty
 * @param role funder or partner
 * @param position its place in lists
 * @param inFooter whether the footer thanks it
 * @param version the version the editor started from
 */
record SupporterForm(@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Size(max = 500, message = "{form.too-long}") @Pattern(
				regexp = "https?://[^\\s]+", message = "{content.admin.url.invalid}") String url,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(/[^/\\\\\\s][^\\\\\\s]*)?",
				message = "{content.admin.image.invalid}") String logo,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "FUNDER|PARTNER",
				message = "{form.required}") String role,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "\\s*([0-9]|[1-9][0-9]{1,2}|1000)\\s*",
				message = "{content.admin.position.invalid}") String position,
		String inFooter, String version, String formToken) implements Editable.Form {

	static SupporterForm of(Supporter supporter) {
		return new SupporterForm(supporter.getName(), supporter.getUrl(), supporter.getLogo(),
				supporter.getRole().name(), String.valueOf(supporter.getPosition()),
				String.valueOf(supporter.isInFooter()), String.valueOf(supporter.getVersion()), null);
	}

	boolean footer() {
		return "true".equals(this.inFooter);
	}

	Supporter.Role roleValue() {
		return Supporter.Role.valueOf(this.role);
	}

	int positionValue() {
		return Integer.parseInt(this.position.strip());
	}

	public Long versionValue() {
		return ArticleForm.number(this.version);
	}

	static SupporterForm empty() {
		return new SupporterForm("", "", "", "FUNDER", "10", "true", null, null);
	}

}
