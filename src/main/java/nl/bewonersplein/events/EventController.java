package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.content.RelatedBlock;
import nl.bewonersplein.content.RelatedContentSource;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * One event's page at {@code /agenda/{slug}}: when and where, places left, the
 * organiser's phone number, "Aanmelden", the report afterwards, and related content.
 * Drafts are not found. See AgendaController for the list and RegistrationController for
 * signing up.
 */
@Controller
class EventController {

	private final EventStore store;

	private final EventViews views;

	private final EventTexts texts;

	private final Themes themes;

	private final BodyRenderer bodies;

	private final ObjectProvider<RelatedContentSource> sources;

	private final SiteAddress address;

	private final MediaLibrary media;

	private final Clock clock;

	EventController(EventStore store, EventViews views, EventTexts texts, Themes themes, BodyRenderer bodies,
			ObjectProvider<RelatedContentSource> sources, SiteAddress address, MediaLibrary media, Clock clock) {
		this.media = media;
		this.store = store;
		this.views = views;
		this.texts = texts;
		this.themes = themes;
		this.bodies = bodies;
		this.sources = sources;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping(EventPaths.AGENDA + "/{slug}")
	String event(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
		Event event = visible(this.store, slug);
		model.addAttribute("page", page(event, locale));
		return "events/event";
	}

	static Event visible(EventStore store, String slug) {
		return store.bySlug(slug)
			.filter(Event::visible)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private EventPage page(Event event, Locale locale) {
		Instant now = this.clock.instant();
		String url = EventPaths.event(event.slug());
		List<ThemeOption> themes = this.themes.options()
			.stream()
			.filter((theme) -> event.themeIds().contains(theme.id()))
			.toList();
		Set<String> themeSlugs = themes.stream().map(ThemeOption::slug).collect(Collectors.toSet());
		RelatedQuery query = new RelatedQuery(url, event.themeIds(), themeSlugs, List.of(), 3);
		List<RelatedBlock> related = this.sources.orderedStream()
			.map((source) -> block(source, query, locale))
			.filter((block) -> !block.items().isEmpty())
			.toList();
		List<String> place = new ArrayList<>();
		if (!event.online()) {
			place.add(event.venue());
			place.add(event.address());
			place.add(event.town());
		}
		boolean past = event.past(now);
		boolean open = event.signUpOpen(now);
		Link signUp = open
				? new Link(this.texts.t(event.full() ? "events.signup.waitlist" : "events.signup.button", locale),
						EventPaths.signUp(event.slug()))
				: null;
		String closedNote = "";
		if (event.status() == Event.Status.CANCELLED) {
			closedNote = this.texts.t("events.cancelled.long", locale);
		}
		else if (past) {
			closedNote = this.texts.t("events.past.note", locale);
		}
		else if (!open) {
			closedNote = this.texts.t("events.signup.closed", locale);
		}
		List<Link> crumbs = List.of(new Link(this.texts.t("nav.home", locale), "/"),
				new Link(this.texts.t("events.agenda.title", locale), EventPaths.AGENDA),
				new Link(event.title(), url, true));
		String price = (event.price() != null) ? event.price() : this.texts.t("events.free", locale);
		return new EventPage(event.title(), event.summary(), this.views.label(event, locale),
				EventTexts.when(event.startsAt(), event.endsAt(), locale), event.online(), place,
				(past || event.status() == Event.Status.CANCELLED) ? "" : this.views.places(event, locale), signUp,
				closedNote, event.organiserName(), event.organiserPhone(),
				"tel:" + event.organiserPhone().replaceAll("[^0-9+]", ""), this.views.access(event, locale), price,
				this.bodies.toHtml(event.description()),
				(past && event.report() != null) ? this.bodies.toHtml(event.report()) : "",
				event.status() == Event.Status.CANCELLED, past, EventPaths.ics(event.slug()),
				themes.stream().map((theme) -> new Link(theme.title(), theme.url())).toList(), related, crumbs,
				new PageHead(url, "website", "", EventJsonLd.of(event, crumbs, this.address)),
				(event.imagePath() != null) ? this.media.pictureAt(event.imagePath())
					.map((found) -> found.withAlt(event.imageAlt()))
					.orElse(null) : null);
	}

	private RelatedBlock block(RelatedContentSource source, RelatedQuery query, Locale locale) {
		List<RelatedItem> items = query.themeIds().isEmpty() ? List.of() : source.find(query);
		return new RelatedBlock(source.titleKey().replaceAll("[^a-z0-9]+", "-"),
				this.texts.t(source.titleKey(), locale), items);
	}

}
