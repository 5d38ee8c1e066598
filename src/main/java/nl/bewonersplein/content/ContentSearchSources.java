package nl.bewonersplein.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.search.SearchDocument;
import nl.bewonersplein.search.SearchSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the content module offers the site search: published articles (with their themes),
 * static pages and themes. Drafts are never offered; an article scheduled for later is,
 * with the moment it may be found.
 */
@Configuration(proxyBeanMethods = false)
class ContentSearchSources {

	@Bean
	SearchSource articleSearchSource(JdbcTemplate jdbc, ArticleRepository articles) {
		return SearchSource.of("article", () -> articleStamps(jdbc), (keys) -> articles
			.findByIdIn(SearchSource.ids(keys))
			.stream()
			.filter((article) -> article.getStatus() == Article.Status.PUBLISHED && article.getPublishedAt() != null)
			.map((article) -> SearchDocument
				.of(article.getId().toString(), article.getKind().name().toLowerCase(Locale.ROOT), article.getUrl(),
						article.getTitle(), article.getSummary(), article.getBody(), article.getPublishedAt())
				.withVisibleFrom(article.getPublishedAt())
				.withThemes(article.getThemes().stream().map(Theme::getTitle).toList()))
			.toList());
	}

	@Bean
	SearchSource pageSearchSource(JdbcTemplate jdbc, StaticPageRepository pages) {
		return SearchSource.of("page",
				() -> SearchSource.stamps(jdbc, "select id, version from static_page where published = true"),
				(keys) -> pages.findAllById(SearchSource.ids(keys))
					.stream()
					.filter(StaticPage::isPublished)
					.map((page) -> SearchDocument.of(page.getId().toString(), "page", page.getUrl(), page.getTitle(),
							page.getSummary(), page.getBody(), null))
					.toList());
	}

	@Bean
	SearchSource themeSearchSource(JdbcTemplate jdbc, ThemeRepository themes) {
		return SearchSource.of("theme",
				() -> SearchSource.stamps(jdbc, "select id, version from theme where published = true"),
				(keys) -> themes.findAllById(SearchSource.ids(keys))
					.stream()
					.filter(Theme::isPublished)
					.map((theme) -> SearchDocument
						.of(theme.getId().toString(), "theme", theme.getUrl(), theme.getTitle(), theme.getSummary(),
								theme.getBody(), null)
						.withThemes(List.of(theme.getTitle())))
					.toList());
	}

	/** Version and publication moment: a rescheduled article is indexed again. */
	private static Map<String, String> articleStamps(JdbcTemplate jdbc) {
		Map<String, String> stamps = new LinkedHashMap<>();
		jdbc.query("select id, version, published_at from article where status = 'PUBLISHED'",
				(RowCallbackHandler) (row) -> stamps.put(row.getString(1), row.getLong(2) + "@" + row.getString(3)));
		return stamps;
	}

}
