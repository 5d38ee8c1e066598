package nl.bewonersplein.toolkit;

import java.time.Instant;
import java.util.Locale;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.ArticleKind;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.site.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, defect 3: every element a body can hold goes through the PDF path, a video
 * link included (as its address and a QR code), without failing the XML parser.
 */
class PdfBodyTests {

	/** One of everything the body format allows, and some things it does not. */
	static final String EVERY_ELEMENT = """
			## Kop twee

			### Kop drie

			#### Kop vier

			Een alinea met *nadruk*, **sterk**, `code`, een [link](https://example.org/?a=1&b=2), \
			een regel  \s
			afbreking en tekens: < > & " ' é € ½.

			> Een citaat

			- een
			- twee

			1. eerste
			2. tweede

			```
			pre <blok> & zo
			```

			---

			| kolom | getal |
			|:------|------:|
			| a     | 1     |

			![Het logo](/img/logo.svg "titel")

			https://www.youtube.com/watch?v=BBtoolkit26

			<https://vimeo.com/123456>

			<figure><img src="/img/logo.svg" alt="x"><figcaption>Onderschrift</figcaption></figure>

			<p data-needs-js>rauwe <br> html<button disabled>knop</button><input checked></p>
			""";

	@BeforeEach
	void dutch() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
	}

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyBodyElementPrints() throws Exception {
		BodyRenderer bodies = new BodyRenderer();
		String xhtml = bodies.toXhtml(EVERY_ELEMENT);
		assertThat(xhtml).contains("<h2>Kop twee</h2>", "<table>", "<blockquote>", "<pre>", "<hr />",
				"class=\"video-print\"", "https://www.youtube.com/watch?v=BBtoolkit26", "https://vimeo.com/123456",
				"src=\"data:image/png;base64,");
		assertThat(xhtml).doesNotContain("data-needs-js", "<button", "data-video-play");

		ToolkitTree tree = DemoTrees.demo(1);
		ArticleContent article = new ArticleContent(99, "alles-in-een", ArticleKind.KNOWLEDGE, "Alles in een",
				"Samenvatting", bodies.toHtml(EVERY_ELEMENT), xhtml, null, null, null, Instant.now(), Instant.now(),
				"/kennis/alles-in-een");
		for (PrintSize size : PrintSize.values()) {
			byte[] pdf = PdfRenderer.render(PdfHtml.article(tree, article, size, DemoTrees.imprint()));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
				assertThat(text).contains("Kop twee", "Een citaat", "pre <blok> & zo", "Het logo",
						"Bekijk de video op YouTube", "Bekijk de video op Vimeo");
				// A long address may wrap at the end of a line.
				assertThat(text.replace(" ", "")).contains("https://www.youtube.com/watch?v=BBtoolkit26",
						"https://vimeo.com/123456");
			}
		}
	}

}
