package nl.bewonersplein.toolkit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.search.SearchDocument;
import nl.bewonersplein.search.SearchSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What the toolkit offers the site search: each published toolkit, and each of its steps
 * at its address in the toolkit, with the toolkit's and chapter's titles as context (so
 * "eenzaamheid" finds every step of the toolkit against it). A step stands in for the
 * knowledge article it shows, which search then leaves out.
 */
@Configuration(proxyBeanMethods = false)
class ToolkitSearchSources {

	@Bean
	SearchSource toolkitSearchSource(JdbcTemplate jdbc, ToolkitRepository toolkits) {
		return SearchSource.of("toolkit",
				() -> SearchSource.stamps(jdbc, "select id, version from toolkit where status = 'PUBLISHED'"),
				(keys) -> toolkits.findAllById(SearchSource.ids(keys))
					.stream()
					.filter(Toolkit::isPublished)
					.map((toolkit) -> SearchDocument.of(toolkit.getId().toString(), "toolkit", toolkit.getUrl(),
							toolkit.getTitle(), toolkit.getSearchSummary(), toolkit.getSearchBody(), null))
					.toList());
	}

	@Bean
	SearchSource toolkitStepSearchSource(JdbcTemplate jdbc) {
		return SearchSource.of("toolkit-step", () -> {
			Map<String, String> stamps = new LinkedHashMap<>();
			for (Step step : steps(jdbc, null)) {
				stamps.put(step.key(), step.stamp());
			}
			return stamps;
		}, (keys) -> stepDocuments(jdbc, keys));
	}

	private static List<SearchDocument> stepDocuments(JdbcTemplate jdbc, Collection<String> keys) {
		List<Step> steps = steps(jdbc, new HashSet<>(keys));
		Map<Long, List<String>> themes = new HashMap<>();
		if (!steps.isEmpty()) {
			jdbc.query(
					"select at.article_id, th.title from article_theme at join theme th on th.id = at.theme_id"
							+ " order by th.position, th.title",
					(RowCallbackHandler) (row) -> themes.computeIfAbsent(row.getLong(1), (id) -> new ArrayList<>())
						.add(row.getString(2)));
		}
		return steps.stream()
			.map((step) -> SearchDocument
				.of(step.key(), "step", "/toolkit/" + step.toolkitSlug() + "/" + step.articleSlug(), step.title(),
						step.summary(), step.body(), step.publishedAt().toInstant())
				.withContext(step.toolkitTitle() + " · " + step.chapterTitle())
				.withVisibleFrom(step.publishedAt().toInstant())
				.withThemes(themes.getOrDefault(step.articleId(), List.of()))
				.replacing("/kennis/" + step.articleSlug()))
			.toList();
	}

	record Step(String key, String stamp, long articleId, String toolkitSlug, String toolkitTitle, String chapterTitle,
			String articleSlug, String title, String summary, String body, Timestamp publishedAt) {

	}

	/**
	 * The steps of published toolkits that show a published article; with texts when keys
	 * are given.
	 */
	private static List<Step> steps(JdbcTemplate jdbc, Set<String> keys) {
		boolean texts = keys != null;
		List<Step> steps = new ArrayList<>();
		jdbc.query(
				"select i.id, i.position, c.id, c.position, t.version, a.id, a.version, a.published_at, t.slug,"
						+ " t.title, c.title, a.slug, a.title" + (texts ? ", a.summary, a.body" : ", '', ''")
						+ " from toolkit t join toolkit_chapter c on c.toolkit_id = t.id"
						+ " join toolkit_item i on i.chapter_id = c.id join article a on a.id = i.article_id"
						+ " where t.status = 'PUBLISHED' and a.status = 'PUBLISHED' and a.published_at is not null",
				(RowCallbackHandler) (row) -> {
					String key = row.getString(1);
					if (keys == null || keys.contains(key)) {
						String stamp = String.join(":", row.getString(2), row.getString(3), row.getString(4),
								row.getString(5), row.getString(7), row.getString(8), row.getString(11));
						steps.add(new Step(key, stamp, row.getLong(6), row.getString(9), row.getString(10),
								row.getString(11), row.getString(12), row.getString(13), row.getString(14),
								row.getString(15), row.getTimestamp(8)));
					}
				});
		return steps;
	}

}
