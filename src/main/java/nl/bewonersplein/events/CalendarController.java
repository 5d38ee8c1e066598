package nl.bewonersplein.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Region;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendars: {@code /agenda/{slug}/agenda.ics} for one event ("Zet in je agenda") and the
 * subscribable feed {@code /agenda/kalender.ics}, for everything or per region
 * ({@code ?regio=oost}) or theme ({@code ?thema=zorg}). The feed holds upcoming events
 * and those of the last month, cancelled ones included, so subscribers see changes.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventStore store;

	private final EventCalendars calendars;

	private final EventTexts texts;

	private final Themes themes;

	private final Clock clock;

	CalendarController(EventStore store, EventCalendars calendars, EventTexts texts, Themes themes, Clock clock) {
		this.store = store;
		this.calendars = calendars;
		this.texts = texts;
		this.themes = themes;
		this.clock = clock;
	}

	@GetMapping(EventPaths.AGENDA + "/{slug}/agenda.ics")
	ResponseEntity<String> event(@PathVariable String slug) {
		Event event = EventController.visible(this.store, slug);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".ics").build().toString())
			.body(this.calendars.calendar(List.of(event), event.title()));
	}

	@GetMapping(EventPaths.FEED)
	ResponseEntity<String> feed(@RequestParam(name = "regio", required = false) String regionValue,
			@RequestParam(name = "thema", required = false) String themeValue, Locale locale) {
		Region region = Region.of(regionValue).orElse(null);
		ThemeOption theme = this.themes.options()
			.stream()
			.filter((t) -> t.slug().equals(themeValue))
			.findFirst()
			.orElse(null);
		EventStore.Filter filter = new EventStore.Filter(region, (theme != null) ? theme.id() : null, null, null, null);
		List<Event> events = this.store.upcoming(this.clock.instant().minus(Duration.ofDays(31)), filter, 500);
		String name = this.texts.t("events.agenda.title", locale);
		if (region != null) {
			name += " " + this.texts.region(region, locale);
		}
		if (theme != null) {
			name += " " + theme.title();
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(org.springframework.http.CacheControl.maxAge(Duration.ofMinutes(15)))
			.body(this.calendars.calendar(events, name));
	}

}
