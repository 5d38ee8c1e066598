package nl.bewonersplein.events;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Puts the agenda, the past events and every visible event (upcoming or past, so every
 * one that is not a draft) in the sitemap, with one statement whatever their number.
 */
@Component
class EventSitemap implements SitemapContributor {

	private final JdbcTemplate jdbc;

	EventSitemap(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry(EventPaths.AGENDA, null));
		entries.add(new SitemapEntry(EventPaths.PAST, null));
		this.jdbc.query("select slug, updated_at from event where status <> 'DRAFT' order by starts_at, id",
				(RowCallbackHandler) (row) -> entries
					.add(new SitemapEntry(EventPaths.event(row.getString(1)), row.getTimestamp(2).toInstant())));
		return entries;
	}

}
