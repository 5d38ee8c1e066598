package nl.bewonersplein.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.KeptData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every published article's kind, date and themes, newest first, kept in memory until the
 * content changes ({@link KeptData}): "the newest articles of these kinds sharing a
 * theme" (related blocks, the home page) is then a walk down a list that stops at the
 * first few, instead of a query that sorts every published article on every page. Read
 * with one statement; the articles shown are then read by id. A list page's selection
 * (all news of a theme, of a year) is filtered once per content version and kept with it,
 * so a page of it costs a look-up however many articles there are.
 */
@Component
class PublishedArticles {

	/** One published article as kept; {@code themes} its themes' ids. */
	record Entry(long id, String slug, ArticleKind kind, Instant publishedAt, Set<Long> themes) {

	}

	/**
	 * What a list page selects: articles of these kinds, with this theme, of this year.
	 */
	private record Selection(Set<ArticleKind> kinds, Long theme, Integer year) {

	}

	/**
	 * Every published article, newest first, and the selections made of it so far (at
	 * most {@link #SELECTIONS_KEPT}; themes and years are the site's own, so they stay
	 * few).
	 */
	private record Published(List<Entry> newestFirst, Map<Selection, List<Entry>> selections) {

	}

	private static final int SELECTIONS_KEPT = 500;

	private final JdbcTemplate jdbc;

	private final KeptData.Kept<Published> published;

	PublishedArticles(JdbcTemplate jdbc, KeptData kept) {
		this.jdbc = jdbc;
		this.published = kept.of(() -> new Published(load(), new ConcurrentHashMap<>()));
	}

	/**
	 * The ids of the newest articles of {@code kinds} published by {@code now}, with one
	 * of {@code themes} (any theme if null), none with a slug in {@code excluded}, at
	 * most {@code limit}, newest first.
	 */
	List<Long> newest(Collection<ArticleKind> kinds, Instant now, Collection<Long> themes, Collection<String> excluded,
			int limit) {
		List<Long> ids = new ArrayList<>();
		for (Entry entry : this.published.get().newestFirst()) {
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
		List<Entry> selected = publishedBy(selection(kinds, theme, year), now);
		return new AbstractList<>() {

			@Override
			public Long get(int index) {
				return selected.get(index).id();
			}

			@Override
			public int size() {
				return selected.size();
			}

		};
	}

	/**
	 * The years in which articles of {@code kinds} were published by {@code now}, from
	 * the newest to the oldest with every year between, or none.
	 */
	List<Integer> years(Collection<ArticleKind> kinds, Instant now) {
		List<Entry> selected = publishedBy(selection(kinds, null, null), now);
		List<Integer> years = new ArrayList<>();
		if (!selected.isEmpty()) {
			int last = selected.get(0).publishedAt().atZone(Dates.ZONE).getYear();
			int first = selected.get(selected.size() - 1).publishedAt().atZone(Dates.ZONE).getYear();
			for (int y = last; y >= first; y--) {
				years.add(y);
			}
		}
		return years;
	}

	/** The selected articles, newest first, whenever published. */
	private List<Entry> selection(Collection<ArticleKind> kinds, Long theme, Integer year) {
		Published published = this.published.get();
		Selection key = new Selection(Set.copyOf(kinds), theme, year);
		List<Entry> kept = published.selections().get(key);
		if (kept != null) {
			return kept;
		}
		List<Entry> selected = published.newestFirst()
			.stream()
			.filter((entry) -> kinds.contains(entry.kind()) && (theme == null || entry.themes().contains(theme))
					&& (year == null || year == entry.publishedAt().atZone(Dates.ZONE).getYear()))
			.toList();
		if (published.selections().size() < SELECTIONS_KEPT) {
			published.selections().put(key, selected);
		}
		return selected;
	}

	/**
	 * Those of {@code newestFirst} published by {@code now}: all but the first few, which
	 * are planned for later (found by bisection).
	 */
	private static List<Entry> publishedBy(List<Entry> newestFirst, Instant now) {
		int low = 0;
		int high = newestFirst.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (newestFirst.get(middle).publishedAt().isAfter(now)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return newestFirst.subList(low, newestFirst.size());
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
