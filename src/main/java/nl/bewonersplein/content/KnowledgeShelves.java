package nl.bewonersplein.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The knowledge base's shelves: per published theme its newest knowledge articles and how
 * many it has, and the same for articles without a published theme, in two queries
 * whatever the number of themes and articles (a page of thousands of cards helps nobody).
 */
@Component
class KnowledgeShelves {

	private static final String PUBLISHED = "a.kind = 'KNOWLEDGE' and a.status = 'PUBLISHED' and a.published_at <= ?";

	private final JdbcTemplate jdbc;

	KnowledgeShelves(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One shelf per published theme with knowledge articles (key: the theme's id) and,
	 * under key {@code null}, the articles without one.
	 */
	Map<Long, Shelf> newest(int perShelf, Instant now) {
		Timestamp at = Timestamp.from(now);
		Map<Long, Shelf> shelves = new LinkedHashMap<>();
		this.jdbc.query("select theme_id, id, total from (select at.theme_id, a.id,"
				+ " row_number() over (partition by at.theme_id order by a.published_at desc, a.id desc) as place,"
				+ " count(*) over (partition by at.theme_id) as total"
				+ " from article a join article_theme at on at.article_id = a.id"
				+ " join theme t on t.id = at.theme_id and t.published = true where " + PUBLISHED
				+ ") shelf where place <= ? order by theme_id, place", (RowCallbackHandler) (row) -> {
					long theme = row.getLong(1);
					long article = row.getLong(2);
					int total = row.getInt(3);
					shelves.computeIfAbsent(theme, (key) -> new Shelf(new ArrayList<>(), total)).ids().add(article);
				}, at, perShelf);
		String unfiled = " from article a where " + PUBLISHED + " and not exists (select 1 from article_theme at"
				+ " join theme t on t.id = at.theme_id and t.published = true where at.article_id = a.id)";
		List<Long> ids = new ArrayList<>();
		int[] total = { 0 };
		this.jdbc.query(
				"select a.id, count(*) over () as total" + unfiled
						+ " order by a.published_at desc, a.id desc fetch first ? rows only",
				(RowCallbackHandler) (row) -> {
					ids.add(row.getLong(1));
					total[0] = row.getInt(2);
				}, at, perShelf);
		if (!ids.isEmpty()) {
			shelves.put(null, new Shelf(ids, total[0]));
		}
		return shelves;
	}

	/**
	 * @param ids the newest articles' ids, newest first
	 * @param total how many articles the shelf holds
	 */
	record Shelf(List<Long> ids, int total) {

	}

}
