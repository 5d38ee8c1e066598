package nl.bewonersplein.toolkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolkit is found through the site search, and each step has one canonical address:
 * the toolkit's, which the knowledge copy points to.
 */
@SiteTest
class ToolkitFindabilityTests {

	@LocalServerPort
	int port;

	@Autowired
	ToolkitReader reader;

	Http http;

	ToolkitTree tree;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.tree = this.reader.published(this.reader.publishedToolkits().get(0).getSlug()).orElseThrow();
	}

	@Test
	void theToolkitItselfIsFoundByItsTitle() {
		String body = search(this.tree.toolkit().getTitle());
		assertThat(body).contains("href=\"/toolkit/" + this.tree.toolkit().getSlug() + "\"",
				"<span class=\"label\">Toolkit</span>");
	}

	@Test
	void aStepIsFoundAtItsToolkitAddress() {
		ToolkitTree.Step step = this.tree.steps().get(2);
		String body = search(step.article().title());
		assertThat(body).contains("href=\"" + stepPath(step) + "\"")
			.doesNotContain("href=\"/kennis/" + step.article().slug() + "\"");
	}

	@Test
	void theKnowledgeCopyOfAStepPointsToTheToolkitStep() {
		List<ToolkitTree.Step> steps = this.tree.steps();
		ToolkitTree.Step step = steps.get(2);
		assertThat(step.article().url()).isEqualTo("/kennis/" + step.article().slug());
		String copy = this.http.get(step.article().url()).body();
		String canonical = "http://localhost:" + this.port + stepPath(step);
		assertThat(copy).contains("<link rel=\"canonical\" href=\"" + canonical + "\">",
				"<a href=\"" + stepPath(step) + "\">Dit artikel hoort bij de toolkit " + this.tree.toolkit().getTitle()
						+ " (stap 3 van " + steps.size() + ")</a>");
		assertThat(this.http.get(stepPath(step)).body())
			.contains("<link rel=\"canonical\" href=\"" + canonical + "\">");
	}

	@Test
	void aKnowledgeArticleOutsideAToolkitIsItsOwnCanonicalPage() {
		String page = this.http.get("/kennis/een-buurthuis-in-zelfbeheer").body();
		assertThat(page)
			.contains("<link rel=\"canonical\" href=\"http://localhost:" + this.port
					+ "/kennis/een-buurthuis-in-zelfbeheer\">")
			.doesNotContain("hoort bij de toolkit");
	}

	private String stepPath(ToolkitTree.Step step) {
		return "/toolkit/" + this.tree.toolkit().getSlug() + "/" + step.article().slug();
	}

	private String search(String query) {
		return this.http.get("/zoeken?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body();
	}

}
