package nl.bewonersplein.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.stereotype.Component;

/** Puts the agenda, the past events and every visible event in the sitemap. */
@Component
class EventSitemap implements SitemapContributor {

	private final EventStore store;

	private final Clock clock;

	EventSitemap(EventStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry(EventPaths.AGENDA, null));
		entries.add(new SitemapEntry(EventPaths.PAST, null));
		this.store.upcoming(this.clock.instant(), EventStore.Filter.NONE, 1000)
			.forEach((event) -> entries.add(new SitemapEntry(EventPaths.event(event.slug()), event.updatedAt())));
		this.store.past(this.clock.instant(), EventStore.Filter.NONE, 1000)
			.forEach((event) -> entries.add(new SitemapEntry(EventPaths.event(event.slug()), event.updatedAt())));
		return entries;
	}

}
