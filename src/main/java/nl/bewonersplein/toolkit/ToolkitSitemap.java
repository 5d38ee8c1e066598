package nl.bewonersplein.toolkit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Puts the toolkit list, every published toolkit and each of its steps in the sitemap:
 * the same pages {@link ToolkitReader#tree} shows, read with two statements whatever the
 * number of toolkits and steps (a step is a published article in a published toolkit,
 * dated by the article's last edit).
 */
@Component
class ToolkitSitemap implements SitemapContributor {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ToolkitSitemap(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		this.jdbc.query("select slug, updated_at from toolkit where status = 'PUBLISHED' order by title",
				(RowCallbackHandler) (row) -> entries
					.add(new SitemapEntry("/toolkit/" + row.getString(1), instant(row.getTimestamp(2)))));
		if (entries.isEmpty()) {
			return entries;
		}
		entries.add(0, new SitemapEntry("/toolkit", null));
		this.jdbc.query("select t.slug, a.slug, a.updated_at from toolkit t"
				+ " join toolkit_chapter c on c.toolkit_id = t.id join toolkit_item i on i.chapter_id = c.id"
				+ " join article a on a.id = i.article_id where t.status = 'PUBLISHED' and a.status = 'PUBLISHED'"
				+ " and a.published_at <= ? order by t.title, t.id, c.position, c.id, i.position, i.id",
				(RowCallbackHandler) (row) -> entries.add(new SitemapEntry(
						"/toolkit/" + row.getString(1) + "/" + row.getString(2), instant(row.getTimestamp(3)))),
				Timestamp.from(this.clock.instant()));
		return entries;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
