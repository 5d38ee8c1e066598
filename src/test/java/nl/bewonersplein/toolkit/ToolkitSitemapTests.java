package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.site.SitemapEntry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolkit's sitemap entries, read with two statements, are exactly the pages and
 * dates the toolkit trees show.
 */
@SiteTest
class ToolkitSitemapTests {

	@Autowired
	ToolkitSitemap sitemap;

	@Autowired
	ToolkitReader reader;

	@Test
	@Transactional(readOnly = true)
	void theEntriesAreTheToolkitsAndTheStepsOfTheirTrees() {
		List<SitemapEntry> expected = new ArrayList<>();
		expected.add(new SitemapEntry("/toolkit", null));
		for (Toolkit toolkit : this.reader.publishedToolkits()) {
			String base = "/toolkit/" + toolkit.getSlug();
			expected.add(new SitemapEntry(base, toolkit.getUpdatedAt()));
			for (ToolkitTree.Step step : this.reader.tree(toolkit).steps()) {
				expected.add(new SitemapEntry(base + "/" + step.article().slug(), step.article().updatedAt()));
			}
		}
		assertThat(expected).hasSizeGreaterThan(3);
		assertThat(this.sitemap.sitemapEntries()).containsExactlyInAnyOrderElementsOf(expected);
	}

}
