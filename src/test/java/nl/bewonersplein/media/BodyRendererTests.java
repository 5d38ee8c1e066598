package nl.bewonersplein.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTests {

	BodyRenderer renderer = new BodyRenderer();

	@org.junit.jupiter.api.BeforeEach
	void dutch() {
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nl"));
	}

	@org.junit.jupiter.api.AfterEach
	void reset() {
		org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void rendersHeadingsQuotesListsAndTables() {
		String html = this.renderer
			.toHtml("## Kop\n\n> Een buurman vertelt\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
		assertThat(html).contains("<h2>Kop</h2>", "<blockquote>", "<li>een</li>", "<table>", "<td>1</td>");
	}

	@Test
	void removesScriptsHandlersAndDangerousLinks() {
		String html = this.renderer.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
				+ "[klik](javascript:alert(3)) <a href=\"https://example.org\" onclick=\"x()\">ok</a> "
				+ "<span style=\"color:red\">rood</span>");
		assertThat(html).doesNotContain("<script", "onerror", "javascript:", "onclick", "style=");
		assertThat(html).contains("href=\"https://example.org\"", "rel=\"noopener\"", "rood");
	}

	@Test
	void emptyBodiesRenderAsNothing() {
		assertThat(this.renderer.toHtml(null)).isEmpty();
		assertThat(this.renderer.toHtml("  \n")).isEmpty();
	}

	@Test
	void aLineWithOnlyAVideoLinkBecomesAClickToLoadPlaceholder() {
		String html = this.renderer.toHtml("Kijk maar:\n\nhttps://www.youtube.com/watch?v=BBtoolkit26\n\n"
				+ "<https://vimeo.com/123456>\n\nZie ook https://youtu.be/BBtoolkit26 in de tekst.");
		assertThat(html).contains("data-video=\"https://www.youtube-nocookie.com/embed/BBtoolkit26?autoplay=1\"",
				"href=\"https://www.youtube.com/watch?v=BBtoolkit26\"", "Bekijk de video op YouTube",
				"data-video=\"https://player.vimeo.com/video/123456?dnt=1&amp;autoplay=1\"");
		assertThat(html).as("nothing is loaded from the host before a click").doesNotContain("<iframe", "<img");
		assertThat(html).as("a link inside a sentence stays text").contains("Zie ook https://youtu.be/BBtoolkit26");
	}

	@Test
	void peerTubeOnlyFromConfiguredHostsAndNoMarkupFromTheLink() {
		BodyRenderer peertube = new BodyRenderer(new VideoEmbeds(java.util.List.of("video.example.org")),
				new org.springframework.context.support.StaticMessageSource());
		assertThat(peertube.toHtml("https://video.example.org/w/abcDEF123456"))
			.contains("data-video=\"https://video.example.org/videos/embed/abcDEF123456?autoplay=1\"");
		assertThat(peertube.toHtml("https://evil.example.com/w/abcDEF123456")).doesNotContain("data-video");
		assertThat(this.renderer.toHtml("https://www.youtube.com/watch?v=BBtoolkit26&x=\"><script>"))
			.doesNotContain("<script");
	}

	@Test
	void imagesOnlyFromThisSite() {
		assertThat(this.renderer.toHtml("![Buren](/img/buren.jpg) ![extern](https://tracker.example/x.gif)"))
			.contains("src=\"/img/buren.jpg\"", "alt=\"Buren\"")
			.doesNotContain("tracker.example");
	}

	@Test
	void imagesOnlyFromOurOwnPaths() {
		for (String src : new String[] { "/\\evil.invalid/x.png", "\\\\evil.invalid/x.png", "//evil.invalid/x.png",
				"/\t/evil.invalid/x.png", " //evil.invalid/x.png", "https://evil.invalid/x.png", "http:/x.png",
				"javascript:alert(1)", "data:image/png;base64,AAAA", "x.png" }) {
			assertThat(BodyRenderer.isOwnPath(src)).as(src).isFalse();
			String html = this.renderer.toHtml("<img src=\"" + src + "\" alt=\"a\">");
			// Either no source at all, or one a browser reads as a path here (a tab comes
			// out percent-encoded: "/%09/evil.invalid" is a path on this site).
			assertThat(html).as(src)
				.doesNotContain("src=\"//", "src=\"/\\", "src=\"\\", "src=\"http", "src=\"javascript", "src=\"data",
						"src=\"x.png", "src=\" ");
		}
		assertThat(BodyRenderer.isOwnPath("/media/foto-1.webp")).isTrue();
		assertThat(this.renderer.toHtml("![Foto](/media/foto-1.webp)")).contains("src=\"/media/foto-1.webp\"");
	}

	@Test
	void printBodiesAreWellFormedOrPlainText() {
		assertThat(PrintBodies.isWellFormed("<p>een<br />twee</p>")).isTrue();
		assertThat(PrintBodies.isWellFormed("<p><button data-needs-js>x</button></p>")).isFalse();
		assertThat(PrintBodies.plainText("a <b> & c\n\nd")).isEqualTo("<p>a &lt;b&gt; &amp; c</p><p>d</p>");
		assertThat(this.renderer.toXhtml("https://youtu.be/BBtoolkit26"))
			.contains("class=\"video-print\"", "https://www.youtube.com/watch?v=BBtoolkit26", "data:image/png;base64,")
			.doesNotContain("<button");
	}

}
