package nl.bewonersplein.mail;

import java.util.Map;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * Renders an {@link OutgoingMail} into its HTML and plain-text bodies: the caller's
 * templates inside the shared layouts {@code mail/layout} and {@code mail/layout.text}.
 *
 * <p>
 * The project compiles every template as HTML, so the plain-text templates are
 * HTML-escaped too; {@link #unescape} turns the escapes jte writes back into the
 * characters, giving exactly the text the template and its parameters hold. Runs of empty
 * lines are reduced to one.
 */
@Component
class MailRenderer {

	private final TemplateEngine templates;

	private final Network network;

	private final SiteAddress address;

	MailRenderer(TemplateEngine templates, Network network, SiteAddress address) {
		this.templates = templates;
		this.network = network;
		this.address = address;
	}

	record Rendered(String html, String text) {

	}

	Rendered render(OutgoingMail mail) {
		Content htmlBody = (output) -> this.templates.render(mail.template() + ".jte", mail.params(), output);
		Content textBody = (output) -> this.templates.render(mail.template() + ".text.jte", mail.params(), output);
		String siteUrl = this.address.base();
		StringOutput html = new StringOutput();
		this.templates.render("mail/layout.jte",
				Map.of("network", this.network, "siteUrl", siteUrl, "subject", mail.subject(), "content", htmlBody),
				html);
		StringOutput text = new StringOutput();
		this.templates.render("mail/layout.text.jte",
				Map.of("network", this.network, "siteUrl", siteUrl, "content", textBody), text);
		return new Rendered(html.toString(), tidy(unescape(text.toString())));
	}

	/**
	 * Plain text as templates leave it, without trailing blanks and with at most one
	 * empty line in a row, so template authors need not count line breaks.
	 */
	static String tidy(String text) {
		return text.replaceAll("[ \\t]+(?=\\R)", "").replaceAll("(\\R\\s*){3,}", "\n\n").strip() + "\n";
	}

	/** Undoes jte's HTML escaping ({@code &<>"'}); {@code &amp;} last. */
	static String unescape(String escaped) {
		return escaped.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&#34;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

}
