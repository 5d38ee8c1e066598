package nl.bewonersplein.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.bewonersplein.shared.Dates;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the {@link EditorialPanel} of an edit page. */
@Component
class Panels {

	private final Publications publications;

	private final Schedules schedules;

	private final Revisions revisions;

	private final PreviewLinks links;

	private final Clock clock;

	Panels(Publications publications, Schedules schedules, Revisions revisions, PreviewLinks links, Clock clock) {
		this.publications = publications;
		this.schedules = schedules;
		this.revisions = revisions;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * The panel of an item's edit page; {@code yours} is the posted form when the save
	 * was refused because someone else saved meanwhile, else null.
	 */
	<T, F extends Editable.Form> EditorialPanel panel(Editable<T, F> type, T item, F yours, EditState state,
			Locale locale, Model model) {
		boolean publishable = type instanceof Publishable<?>;
		if (item == null) {
			return new EditorialPanel(type.base(), null, publishable, false, "", "",
					orEmpty(Publications.param(Publications.DATE)), orEmpty(Publications.param(Publications.TIME)),
					state.errors(), null, List.of(), List.of(), "");
		}
		long id = type.id(item);
		@SuppressWarnings("unchecked")
		String publicPath = publishable ? ((Publishable<T>) type).publicPath(item) : "";
		String scheduled = this.schedules.scheduled(type.kind(), id)
			.map((at) -> Dates.longDateTime(at, locale))
			.orElse("");
		List<Revisions.Entry> entries = this.revisions.list(type.kind(), id);
		EditorialPanel.Conflict conflict = (yours != null)
				? conflict(type, item, yours, entries.isEmpty() ? null : entries.get(0), locale) : null;
		List<EditorialPanel.RevisionRow> rows = entries.stream()
			.map((entry) -> new EditorialPanel.RevisionRow(entry.number(), Dates.longDateTime(entry.at(), locale),
					orEmpty(entry.author()), entry.changed(), orEmpty(entry.note()), entry.live()))
			.toList();
		Instant now = this.clock.instant();
		List<EditorialPanel.PreviewLinkRow> links = publishable ? this.links.list(type.kind(), id)
			.stream()
			.map((link) -> new EditorialPanel.PreviewLinkRow(link.id(), Dates.longDateTime(link.createdAt(), locale),
					Dates.longDateTime(link.expiresAt(), locale), link.works(now), link.revokedAt() != null,
					orEmpty(link.author())))
			.toList() : List.of();
		Object fresh = model.getAttribute(PreviewLinksController.NEW_LINK);
		return new EditorialPanel(type.base(), id, publishable, this.publications.online(type, item), publicPath,
				scheduled, orEmpty(Publications.param(Publications.DATE)),
				orEmpty(Publications.param(Publications.TIME)), state.errors(), conflict, rows, links,
				(fresh instanceof String path) ? path : "");
	}

	private <T, F extends Editable.Form> EditorialPanel.Conflict conflict(Editable<T, F> type, T item, F yours,
			Revisions.Entry latest, Locale locale) {
		Map<String, String> theirs = type.snapshot(type.form(item));
		Map<String, String> mine = type.snapshot(yours);
		List<EditorialPanel.FieldDiff> fields = new ArrayList<>();
		theirs.forEach((name, value) -> {
			String typed = normalise(mine.getOrDefault(name, ""));
			if (!Objects.equals(normalise(value), typed)) {
				fields.add(new EditorialPanel.FieldDiff(name, value, typed, WordDiff.html(value, typed)));
			}
		});
		return new EditorialPanel.Conflict((latest != null) ? orEmpty(latest.author()) : "",
				(latest != null) ? Dates.longDateTime(latest.at(), locale) : "", fields,
				type.base() + "/" + type.id(item));
	}

	private static String normalise(String value) {
		return value.replace("\r\n", "\n").strip();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
