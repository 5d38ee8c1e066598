package nl.bewonersplein.content;

import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Slugs;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for an article.
 *
 * @param kind the type label
 * @param slug the last part of its address
 * @param title the title
 * @param summary the lead
 * @param body the body, CommonMark
 * @param imagePath path of the image on this site, or empty
 * @param imageAlt alt text of the image
 * @param imageCaption caption of the image
 * @param ctaLabel text of the call-to-action button, or empty
 * @param ctaUrl where the call to action leads
 * @param themes ids of its themes
 * @param supporters ids of the funders and partners to thank
 * @param pins pinned related items, one path per line
 * @param version the version the editor started from
 * @param formToken the one-time token of a new article's form
 */
record ArticleForm(
		@NotBlank(message = "{form.required}") @Pattern(regexp = "NEWS|EXPLAINER|POSITION|STORY|KNOWLEDGE",
				message = "{form.required}") String kind,
		@Size(max = 160, message = "{form.too-long}") @Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*",
				message = "{content.admin.slug.invalid}") String slug,
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 1000, message = "{form.too-long}") String summary,
		@Size(max = 100000, message = "{form.too-long}") String body,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(/[^/\\\\\\s][^\\\\\\s]*)?",
				message = "{content.admin.image.invalid}") String imagePath,
		@Size(max = 300, message = "{form.too-long}") String imageAlt,
		@Size(max = 500, message = "{form.too-long}") String imageCaption,
		@Size(max = 120, message = "{form.too-long}") String ctaLabel,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "((/[^/\\\\\\s]|https://)[^\\\\\\s]*)?",
				message = "{content.admin.url.invalid}") String ctaUrl,
		List<String> themes, List<String> supporters, @Size(max = 3000, message = "{form.too-long}") String pins,
		String version, String formToken) implements Editable.Form {

	static ArticleForm of(Article article) {
		return new ArticleForm(article.getKind().name(), article.getSlug(), article.getTitle(), article.getSummary(),
				article.getBody(), article.getImagePath(), article.getImageAlt(), article.getImageCaption(),
				article.getCtaLabel(), article.getCtaUrl(),
				article.getThemes().stream().map((theme) -> String.valueOf(theme.getId())).toList(),
				article.getSupporters().stream().map((supporter) -> String.valueOf(supporter.getId())).toList(),
				String.join("\n", article.getPins()), String.valueOf(article.getVersion()), null);
	}

	static ArticleForm empty(String formToken) {
		return new ArticleForm(ArticleKind.NEWS.name(), "", "", "", "", "", "", "", "", "", List.of(), List.of(), "",
				null, formToken);
	}

	/**
	 * This form with its address part proposed from the title when it was left empty
	 * ("Café-Buurt" becomes {@code cafe-buurt}).
	 */
	ArticleForm withProposedSlug() {
		return new ArticleForm(this.kind, Slugs.orProposal(this.slug, this.title, 160), this.title, this.summary,
				this.body, this.imagePath, this.imageAlt, this.imageCaption, this.ctaLabel, this.ctaUrl, this.themes,
				this.supporters, this.pins, this.version, this.formToken);
	}

	List<String> pinList() {
		if (this.pins == null) {
			return List.of();
		}
		return this.pins.lines()
			.map(String::strip)
			.filter((line) -> line.startsWith("/"))
			.distinct()
			.limit(12)
			.toList();
	}

	ArticleKind kindValue() {
		return ArticleKind.valueOf(this.kind);
	}

	List<Long> themeIds() {
		return ids(this.themes);
	}

	List<Long> supporterIds() {
		return ids(this.supporters);
	}

	/** The version the editor started from, or null if it is missing or garbled. */
	public Long versionValue() {
		return number(this.version);
	}

	static List<Long> ids(List<String> values) {
		return (values != null) ? values.stream().map(ArticleForm::number).filter(java.util.Objects::nonNull).toList()
				: List.of();
	}

	static Long number(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(value.strip());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
