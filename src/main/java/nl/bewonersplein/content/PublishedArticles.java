package nl.bewonersplein.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.KeptData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every published article's kind, date and themes, newest first, kept in memory until the
 * content changes ({@link KeptData}): "the newest articles of these kinds sharing a
 * theme" (related blocks, the home page) is then a walk down a list that stops at the
 * first few, instead of a query that sorts every published article on every page. Read
 * with one statement; the articles shown are then read by id.
 */
@Component
class PublishedArticles {

	/** One published article as kept; {@code themes} its themes' ids. */
	record Entry(long id, String slug, ArticleKind kind, Instant publishedAt, Set<Long> themes) {

	}

	private final JdbcTemplate jdbc;

	private final KeptData.Kept<List<Entry>> newestFirst;

	PublishedArticles(JdbcTemplate jdbc, KeptData kept) {
		this.jdbc = jdbc;
		this.newestFirst = kept.of(this::load);
	}

	/**
	 * The ids of the newest articles of {@code kinds} published by {@code now}, with one
	 * of {@code themes} (any theme if null), none with a slug in {@code excluded}, at
	 * most {@code limit}, newest first.
	 */
	List<Long> newest(Collection<ArticleKind> kinds, Instant now, Collection<Long> themes, Collection<String> excluded,
			int limit) {
		List<Long> ids = new ArrayList<>();
		for (Entry entry : this.newestFirst.get()) {
			if (ids.size() >= limit) {
				break;
			}
			if (kinds.contains(entry.kind()) && !entry.publishedAt().isAfter(now) && !excluded.contains(entry.slug())
					&& (themes == null || themes.stream().anyMatch(entry.themes()::contains))) {
				ids.add(entry.id());
			}
		}
		return ids;
	}

	/**
	 * The ids of all articles of {@code kinds} published by {@code now}, with theme
	 * {@code theme} (any if null), published in {@code year} (any if null), newest first.
	 */
	List<Long> all(Collection<ArticleKind> kinds, Instant now, Long theme, Integer year) {
		List<Long> ids = new ArrayList<>();
		for (Entry entry : this.newestFirst.get()) {
			if (kinds.contains(entry.kind()) && !entry.publishedAt().isAfter(now)
					&& (theme == null || entry.themes().contains(theme))
					&& (year == null || year == entry.publishedAt().atZone(Dates.ZONE).getYear())) {
				ids.add(entry.id());
			}
		}
		return ids;
	}

	/**
	 * The years in which articles of {@code kinds} were published by {@code now}, from
	 * the newest to the oldest with every year between, or none.
	 */
	List<Integer> years(Collection<ArticleKind> kinds, Instant now) {
		Instant first = null;
		Instant last = null;
		for (Entry entry : this.newestFirst.get()) {
			if (kinds.contains(entry.kind()) && !entry.publishedAt().isAfter(now)) {
				last = (last == null) ? entry.publishedAt() : last;
				first = entry.publishedAt();
			}
		}
		List<Integer> years = new ArrayList<>();
		if (first != null) {
			for (int y = last.atZone(Dates.ZONE).getYear(); y >= first.atZone(Dates.ZONE).getYear(); y--) {
				years.add(y);
			}
		}
		return years;
	}

	private List<Entry> load() {
		Map<Long, Entry> entries = new LinkedHashMap<>();
		Map<Long, Set<Long>> themes = new HashMap<>();
		this.jdbc.query("select a.id, a.slug, a.kind, a.published_at, t.theme_id from article a"
				+ " left join article_theme t on t.article_id = a.id where a.status = ? and a.published_at is not null"
				+ " order by a.published_at desc, a.id desc", (rs) -> {
					long id = rs.getLong(1);
					Set<Long> own = themes.computeIfAbsent(id, (key) -> new java.util.HashSet<>());
					entries.computeIfAbsent(id, (key) -> {
						try {
							Timestamp published = rs.getTimestamp(4);
							return new Entry(id, rs.getString(2), ArticleKind.valueOf(rs.getString(3)),
									published.toInstant(), java.util.Collections.unmodifiableSet(own));
						}
						catch (java.sql.SQLException ex) {
							throw new IllegalStateException(ex);
						}
					});
					long theme = rs.getLong(5);
					if (!rs.wasNull()) {
						own.add(theme);
					}
				}, Article.Status.PUBLISHED.name());
		return List.copyOf(entries.values());
	}

}
