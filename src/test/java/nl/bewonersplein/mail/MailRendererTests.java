package nl.bewonersplein.mail;

import java.util.Map;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateNotFoundException;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MailRendererTests {

	static final Network NETWORK = new Network("Bewonersplein", "Bewonersplein", "", "/img/logo.svg",
			new Network.Colors("#1f5f8b", "#143f5c", "#f2b705"), "012 345 67 89", "info@bewonersplein.example",
			new Network.Address("Voorbeeldstraat 1", "3511 AA", "Utrecht"));

	final MailRenderer renderer = new MailRenderer(TemplateEngine.createPrecompiled(ContentType.Html), NETWORK,
			new SiteAddress("https://bewonersplein.example", 8080));

	@Test
	void textMailHasParagraphsALinkAndTheNetworkInBothVersions() {
		MailRenderer.Rendered mail = this.renderer.render(OutgoingMail.text("anna@example.org", "Nieuw wachtwoord",
				"Hallo Anna,\n\nJe vroeg om een nieuw wachtwoord.\n\nGroet, het team", "Kies een nieuw wachtwoord",
				"https://bewonersplein.example/wachtwoord/abc?x=1&y=2"));

		assertThat(mail.html()).contains("<html lang=\"nl\">", "<title>Nieuw wachtwoord</title>", "<p>Hallo Anna,</p>",
				"<p>Je vroeg om een nieuw wachtwoord.</p>",
				"<a class=\"button\" href=\"https://bewonersplein.example/wachtwoord/abc?x=1&amp;y=2\">"
						+ "Kies een nieuw wachtwoord</a>",
				"Voorbeeldstraat 1, 3511 AA Utrecht");
		assertThat(mail.text()).startsWith("Hallo Anna,\n\nJe vroeg om een nieuw wachtwoord.\n\nGroet, het team")
			.contains("Kies een nieuw wachtwoord:\nhttps://bewonersplein.example/wachtwoord/abc?x=1&y=2")
			.contains("--\nBewonersplein\nVoorbeeldstraat 1, 3511 AA Utrecht\n012 345 67 89")
			.doesNotContain("<p>", "&amp;");
	}

	@Test
	void whatCallersPassIsEscapedInHtmlAndKeptAsTypedInText() {
		MailRenderer.Rendered mail = this.renderer
			.render(OutgoingMail.text("anna@example.org", "Test", "<script>alert('x')</script> & \"Buurt & Co\""));

		assertThat(mail.html()).doesNotContain("<script>")
			.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Buurt &amp; Co\"");
		assertThat(mail.text()).startsWith("<script>alert('x')</script> & \"Buurt & Co\"");
	}

	@Test
	void callersNameTheirOwnTemplatesWithParameters() {
		// mail/text is a template like any other; a module passes its own name the same
		// way.
		MailRenderer.Rendered mail = this.renderer.render(OutgoingMail.template("anna@example.org", "Uitnodiging",
				"mail/text", Map.of("text", "Welkom!", "linkLabel", "Doe mee", "linkUrl", "https://x.example/")));

		assertThat(mail.html()).contains("<p>Welkom!</p>", "href=\"https://x.example/\"");
		assertThat(mail.text()).startsWith("Welkom!\n\nDoe mee:\nhttps://x.example/");
	}

	@Test
	void aMissingTemplateFailsTheCallerAtOnce() {
		assertThatExceptionOfType(TemplateNotFoundException.class).isThrownBy(() -> this.renderer
			.render(OutgoingMail.template("anna@example.org", "x", "nowhere/missing", Map.of())));
	}

}
