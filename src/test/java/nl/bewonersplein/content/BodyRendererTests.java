package nl.bewonersplein.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRendererTests {

	BodyRenderer renderer = new BodyRenderer();

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

}
