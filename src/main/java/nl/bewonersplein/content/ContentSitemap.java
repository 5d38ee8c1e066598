package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content module's pages in the sitemap: its section pages, static pages, themes and
 * published articles.
 */
@Component
@Transactional(readOnly = true)
class ContentSitemap implements SitemapContributor {

	private final StaticPageRepository pages;

	private final ThemeRepository themes;

	private final ArticleRepository articles;

	private final Clock clock;

	ContentSitemap(StaticPageRepository pages, ThemeRepository themes, ArticleRepository articles, Clock clock) {
		this.pages = pages;
		this.themes = themes;
		this.articles = articles;
		this.clock = clock;
	}

	@Override
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		for (String section : List.of("/nieuws", "/kennis", "/thema")) {
			entries.add(new SitemapEntry(section, null));
		}
		this.pages.findAll()
			.stream()
			.filter(StaticPage::isPublished)
			.forEach((page) -> entries.add(new SitemapEntry(page.getUrl(), page.getUpdatedAt())));
		this.themes.findByPublishedTrueOrderByPositionAscTitleAsc()
			.forEach((theme) -> entries.add(new SitemapEntry(theme.getUrl(), theme.getUpdatedAt())));
		Instant now = this.clock.instant();
		// Only what the entry needs, not every article in full.
		for (Object[] row : this.articles.findPublishedStamps(Article.Status.PUBLISHED, now)) {
			Instant published = (Instant) row[2];
			entries.add(new SitemapEntry(((ArticleKind) row[0]).section() + "/" + row[1],
					Article.lastModified(published, (Instant) row[3])));
		}
		return entries;
	}

}
