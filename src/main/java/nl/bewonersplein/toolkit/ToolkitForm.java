package nl.bewonersplein.toolkit;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an editor fills in about a toolkit.
 *
 * @param title the title
 * @param subtitle the subtitle
 * @param intro the introduction
 * @param howItWorks the "hoe werkt de toolkit" text
 * @param supporters ids of the funders and partners it thanks (the content module's)
 * @param coverImage the stable address of its image in the media library, or empty
 * @param coverAlt a text alternative for the image here; empty keeps the library's
 * @param coverCaption a caption for the image here; empty keeps the library's
 */
public record ToolkitForm(
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 300, message = "{form.too-long}") String subtitle,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.too-long}") String intro,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.too-long}") String howItWorks,
		@Size(max = 100, message = "{form.too-long}") List<String> supporters,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "\\s*(/media/[0-9]{1,18}/[^\\s/?#()\"']+)?\\s*",
				message = "{toolkit.admin.image.invalid}") String coverImage,
		@Size(max = 300, message = "{form.too-long}") String coverAlt,
		@Size(max = 300, message = "{form.too-long}") String coverCaption) {

	/** A form without an image. */
	public ToolkitForm(String title, String subtitle, String intro, String howItWorks, List<String> supporters) {
		this(title, subtitle, intro, howItWorks, supporters, "", "", "");
	}

	static ToolkitForm empty() {
		return new ToolkitForm("", "", "", "", List.of());
	}

	static ToolkitForm of(Toolkit toolkit) {
		return new ToolkitForm(toolkit.getTitle(), toolkit.getSubtitle(), toolkit.getIntro(), toolkit.getHowItWorks(),
				toolkit.getSupporterIds().stream().map(String::valueOf).toList(), orEmpty(toolkit.getCoverImage()),
				orEmpty(toolkit.getCoverAlt()), orEmpty(toolkit.getCoverCaption()));
	}

	/** A trimmed text, or null when blank. */
	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	/** The chosen supporters' ids; garbled values are left out. */
	List<Long> supporterIds() {
		if (this.supporters == null) {
			return List.of();
		}
		return this.supporters.stream()
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((id) -> id.matches("[0-9]{1,18}"))
			.map(Long::valueOf)
			.distinct()
			.toList();
	}

}
