package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.site.SitemapEntry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content module's sitemap entries, read without loading articles in full, are
 * exactly the published pages with each article's own URL and last-modified moment.
 */
@SiteTest
class ContentSitemapTests {

	@Autowired
	ContentSitemap sitemap;

	@Autowired
	StaticPageRepository pages;

	@Autowired
	ThemeRepository themes;

	@Autowired
	ArticleRepository articles;

	@Autowired
	Clock clock;

	@Test
	@Transactional(readOnly = true)
	void theEntriesAreThePublishedPagesThemesAndArticles() {
		Instant now = this.clock.instant();
		List<SitemapEntry> expected = new ArrayList<>();
		for (String section : List.of("/nieuws", "/kennis", "/thema")) {
			expected.add(new SitemapEntry(section, null));
		}
		this.pages.findAll()
			.stream()
			.filter(StaticPage::isPublished)
			.forEach((page) -> expected.add(new SitemapEntry(page.getUrl(), page.getUpdatedAt())));
		this.themes.findByPublishedTrueOrderByPositionAscTitleAsc()
			.forEach((theme) -> expected.add(new SitemapEntry(theme.getUrl(), theme.getUpdatedAt())));
		this.articles.findAll()
			.stream()
			.filter((article) -> article.isPublished(now))
			.forEach((article) -> expected.add(new SitemapEntry(article.getUrl(), article.getLastModified())));
		assertThat(expected).hasSizeGreaterThan(10);
		assertThat(this.sitemap.sitemapEntries()).containsExactlyInAnyOrderElementsOf(expected);
	}

}
