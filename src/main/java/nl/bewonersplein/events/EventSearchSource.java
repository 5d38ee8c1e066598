package nl.bewonersplein.events;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.search.SearchDocument;
import nl.bewonersplein.search.SearchSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What the agenda offers the site search: every published event, past ones with their
 * report; drafts and cancelled events never. The venue and town are its context, so a
 * place name finds it.
 */
@Component
class EventSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	private final EventStore events;

	private final Themes themes;

	EventSearchSource(JdbcTemplate jdbc, EventStore events, Themes themes) {
		this.jdbc = jdbc;
		this.events = events;
		this.themes = themes;
	}

	@Override
	public String name() {
		return "event";
	}

	@Override
	public Map<String, String> stamps() {
		Map<String, String> stamps = new LinkedHashMap<>();
		this.jdbc.query("select id, updated_at from event where status = 'PUBLISHED'",
				(RowCallbackHandler) (row) -> stamps.put(row.getString(1), row.getString(2)));
		return stamps;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		Set<String> wanted = new HashSet<>(keys);
		Map<Long, String> themeTitles = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::id, ThemeOption::title, (a, b) -> a));
		return this.events.all()
			.stream()
			.filter((event) -> event.status() == Event.Status.PUBLISHED && wanted.contains(Long.toString(event.id())))
			.map((event) -> SearchDocument
				.of(Long.toString(event.id()), "event", EventPaths.event(event.slug()), event.title(), event.summary(),
						join(event.description(), event.report()), event.startsAt())
				.withContext(join(event.venue(), event.town(), event.online() ? "online" : null))
				.withEndsAt(event.endsAt())
				.withThemes(event.themeIds().stream().map(themeTitles::get).filter((t) -> t != null).toList())
				.withRegions((event.region() == null) ? List.of() : List.of(event.region().slug())))
			.toList();
	}

	private static String join(String... parts) {
		return java.util.Arrays.stream(parts)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining("\n\n"));
	}

}
