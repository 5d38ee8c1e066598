package nl.bewonersplein.content;

import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for a theme or a static page.
 *
 * @param slug the last part of its address
 * @param title the title
 * @param summary the summary
 * @param body the introduction or text, CommonMark
 * @param position the place in lists (themes only)
 * @param version the version the editor started from
 */
record TextForm(
		@Size(max = 120, message = "{form.too-long}") @Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*",
				message = "{content.admin.slug.invalid}") String slug,
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 1000, message = "{form.too-long}") String summary,
		@Size(max = 100000, message = "{form.too-long}") String body,
		@Pattern(regexp = "\\s*([0-9]|[1-9][0-9]{1,2}|1000)?\\s*",
				message = "{content.admin.position.invalid}") String position,
		String version, String formToken) implements Editable.Form {

	static TextForm empty() {
		return new TextForm("", "", "", "", "1", null, null);
	}

	/** This form with its address part proposed from the title when it was left empty. */
	TextForm withProposedSlug() {
		return new TextForm(Slugs.orProposal(this.slug, this.title, 120), this.title, this.summary, this.body,
				this.position, this.version, this.formToken);
	}

	/** The position, or null if it is missing or not a number. */
	Integer positionValue() {
		Long value = ArticleForm.number(this.position);
		return (value != null && value <= 1000) ? value.intValue() : null;
	}

	public Long versionValue() {
		return ArticleForm.number(this.version);
	}

}
