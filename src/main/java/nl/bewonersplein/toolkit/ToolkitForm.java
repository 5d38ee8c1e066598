package nl.bewonersplein.toolkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor fills in about a toolkit.
 *
 * @param title the title
 * @param subtitle the subtitle
 * @param intro the introduction
 * @param howItWorks the "hoe werkt de toolkit" text
 * @param funders funders, one per line: the name, optionally followed by its web address
 * @param partners partners, in the same way
 */
public record ToolkitForm(
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 300, message = "{form.too-long}") String subtitle,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.too-long}") String intro,
		@NotBlank(message = "{form.required}") @Size(max = 5000, message = "{form.too-long}") String howItWorks,
		@Size(max = 4000, message = "{form.too-long}") String funders,
		@Size(max = 4000, message = "{form.too-long}") String partners) {

	static ToolkitForm empty() {
		return new ToolkitForm("", "", "", "", "", "");
	}

	static ToolkitForm of(Toolkit toolkit) {
		return new ToolkitForm(toolkit.getTitle(), toolkit.getSubtitle(), toolkit.getIntro(), toolkit.getHowItWorks(),
				toolkit.getFunders(), toolkit.getPartners());
	}

}
