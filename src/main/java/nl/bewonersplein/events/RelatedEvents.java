package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.content.RelatedContentSource;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.HomeSection;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Gerelateerde evenementen" under articles and on theme pages (upcoming events sharing a
 * theme, soonest first), and the "Agenda" block on the home page.
 */
@Component
class RelatedEvents implements RelatedContentSource, HomeSection.Provider {

	static final int HOME = 3;

	private final EventStore store;

	private final EventViews views;

	private final EventTexts texts;

	private final Clock clock;

	RelatedEvents(EventStore store, EventViews views, EventTexts texts, Clock clock) {
		this.store = store;
		this.views = views;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String titleKey() {
		return "events.related.title";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<RelatedItem> find(RelatedQuery query) {
		Locale locale = LocaleContextHolder.getLocale();
		Instant now = this.clock.instant();
		return this.store.upcomingWithThemes(now, query.themeIds(), query.limit() + 1)
			.stream()
			.filter((event) -> !EventPaths.event(event.slug()).equals(query.selfUrl()))
			.limit(query.limit())
			.map((event) -> new RelatedItem(event.title(), EventPaths.event(event.slug()),
					this.views.label(event, locale), EventTexts.when(event.startsAt(), event.endsAt(), locale),
					event.summary(), true))
			.toList();
	}

	@Override
	public Optional<HomeSection> homeSection(Locale locale) {
		Instant now = this.clock.instant();
		List<HomeSection.Teaser> teasers = this.store.upcoming(now, EventStore.Filter.NONE, HOME)
			.stream()
			.map((event) -> new HomeSection.Teaser(this.views.label(event, locale), event.title(), event.summary(),
					EventPaths.event(event.slug()), EventTexts.when(event.startsAt(), event.endsAt(), locale)))
			.toList();
		if (teasers.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection(30, this.texts.t("events.home.title", locale), teasers,
				new Link(this.texts.t("events.home.all", locale), EventPaths.AGENDA)));
	}

}
