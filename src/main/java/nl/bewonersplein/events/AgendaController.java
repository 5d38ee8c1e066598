package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Region;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The agenda at {@code /agenda}: upcoming events soonest first, filtered by region,
 * theme, month and online/on-site with plain links; past events with their reports at
 * {@code /agenda/afgelopen}. See EventController for one event.
 */
@Controller
class AgendaController {

	private static final int SHOWN = 100;

	private final EventStore store;

	private final EventViews views;

	private final EventTexts texts;

	private final Themes themes;

	private final Clock clock;

	AgendaController(EventStore store, EventViews views, EventTexts texts, Themes themes, Clock clock) {
		this.store = store;
		this.views = views;
		this.texts = texts;
		this.themes = themes;
		this.clock = clock;
	}

	@GetMapping(EventPaths.AGENDA)
	String agenda(@RequestParam(name = "regio", required = false) String region,
			@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "maand", required = false) String month,
			@RequestParam(name = "vorm", required = false) String form, Locale locale, Model model) {
		model.addAttribute("page", page(false, region, theme, month, form, locale));
		return "events/agenda";
	}

	@GetMapping(EventPaths.PAST)
	String past(@RequestParam(name = "regio", required = false) String region,
			@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "vorm", required = false) String form, Locale locale, Model model) {
		model.addAttribute("page", page(true, region, theme, null, form, locale));
		return "events/agenda";
	}

	private AgendaPage page(boolean past, String regionValue, String themeValue, String monthValue, String formValue,
			Locale locale) {
		Instant now = this.clock.instant();
		Region region = Region.of(regionValue).orElse(null);
		List<ThemeOption> options = this.themes.options();
		ThemeOption theme = options.stream().filter((t) -> t.slug().equals(themeValue)).findFirst().orElse(null);
		YearMonth month = month(monthValue);
		Boolean online = "online".equals(formValue) ? Boolean.TRUE
				: "ter-plaatse".equals(formValue) ? Boolean.FALSE : null;
		Map<String, String> chosen = new LinkedHashMap<>();
		chosen.put("regio", (region != null) ? region.slug() : null);
		chosen.put("thema", (theme != null) ? theme.slug() : null);
		chosen.put("maand", (month != null) ? month.toString() : null);
		chosen.put("vorm", (online == null) ? null : online ? "online" : "ter-plaatse");
		String base = past ? EventPaths.PAST : EventPaths.AGENDA;

		Instant from = (month != null) ? month.atDay(1).atStartOfDay(Dates.ZONE).toInstant() : null;
		Instant until = (month != null) ? month.plusMonths(1).atDay(1).atStartOfDay(Dates.ZONE).toInstant() : null;
		EventStore.Filter filter = new EventStore.Filter(region, (theme != null) ? theme.id() : null, from, until,
				online);
		List<Event> events = past ? this.store.past(now, filter, SHOWN) : this.store.upcoming(now, filter, SHOWN);

		List<AgendaPage.FilterGroup> groups = new ArrayList<>();
		List<AgendaPage.Option> regions = new ArrayList<>();
		for (Region r : Region.values()) {
			regions.add(option(base, chosen, "regio", r.slug(), this.texts.region(r, locale)));
		}
		groups.add(new AgendaPage.FilterGroup("filter-regio", this.texts.t("events.filter.region", locale), regions));
		groups.add(new AgendaPage.FilterGroup("filter-thema", this.texts.t("events.filter.theme", locale),
				options.stream().map((t) -> option(base, chosen, "thema", t.slug(), t.title())).toList()));
		if (!past) {
			List<AgendaPage.Option> months = new ArrayList<>();
			YearMonth first = YearMonth.from(LocalDate.now(this.clock.withZone(Dates.ZONE)));
			TreeSet<YearMonth> seen = new TreeSet<>();
			for (Event event : this.store.upcoming(now, EventStore.Filter.NONE, SHOWN)) {
				YearMonth m = YearMonth.from(EventTexts.localDate(event.startsAt()));
				if (!m.isBefore(first)) {
					seen.add(m);
				}
			}
			for (YearMonth m : seen) {
				months.add(option(base, chosen, "maand", m.toString(),
						DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(m)));
			}
			groups.add(new AgendaPage.FilterGroup("filter-maand", this.texts.t("events.filter.month", locale), months));
		}
		groups.add(new AgendaPage.FilterGroup("filter-vorm", this.texts.t("events.filter.form", locale),
				List.of(option(base, chosen, "vorm", "ter-plaatse", this.texts.t("events.filter.on-site", locale)),
						option(base, chosen, "vorm", "online", this.texts.t("events.online", locale)))));

		boolean anyChosen = chosen.values().stream().anyMatch(Objects::nonNull);
		String title = this.texts.t(past ? "events.past.title" : "events.agenda.title", locale);
		List<Link> crumbs = new ArrayList<>(List.of(new Link(this.texts.t("nav.home", locale), "/")));
		if (past) {
			crumbs.add(new Link(this.texts.t("events.agenda.title", locale), EventPaths.AGENDA));
		}
		crumbs.add(new Link(title, base, true));
		return new AgendaPage(title, past, groups, events.stream().map((e) -> this.views.card(e, now, locale)).toList(),
				past ? new Link(this.texts.t("events.upcoming.link", locale), EventPaths.AGENDA)
						: new Link(this.texts.t("events.past.link", locale), EventPaths.PAST),
				anyChosen ? new Link(this.texts.t("events.filter.clear", locale), base) : null, crumbs, feed(chosen));
	}

	/** A link choosing {@code value} for {@code name}, or dropping it when chosen. */
	private static AgendaPage.Option option(String base, Map<String, String> chosen, String name, String value,
			String label) {
		boolean selected = value.equals(chosen.get(name));
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		chosen.forEach((key, current) -> {
			String v = key.equals(name) ? (selected ? null : value) : current;
			if (v != null) {
				uri.queryParam(key, v);
			}
		});
		return new AgendaPage.Option(label, uri.encode().toUriString(), selected);
	}

	/** The calendar feed for the chosen region and theme (the feed ignores the rest). */
	private static String feed(Map<String, String> chosen) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(EventPaths.FEED);
		for (String name : List.of("regio", "thema")) {
			if (chosen.get(name) != null) {
				uri.queryParam(name, chosen.get(name));
			}
		}
		return uri.encode().toUriString();
	}

	private static YearMonth month(String value) {
		if (value == null || value.length() != 7) {
			return null;
		}
		try {
			return YearMonth.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
