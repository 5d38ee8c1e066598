package nl.bewonersplein.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One searchable thing as a module hands it to the site search: a published article, a
 * toolkit step, an event, an initiative, a material, a page. Only what visitors may see
 * is handed over; search never decides about drafts itself.
 *
 * @param key unique within its {@link SearchSource}, e.g. the row's id
 * @param kind the type people see and filter by, e.g. {@code news}, {@code event}; the
 * label is the message {@code search.kind.<kind>}
 * @param url where it is on this site
 * @param title its title
 * @param summary its lead or summary, plain text
 * @param body its full text, plain text (Markdown is fine: the marks are not words)
 * @param context words about it that are neither title nor body, weighted between the
 * two: a town, a venue, the toolkit a step belongs to
 * @param date the date people see (publication, or the event's start); null if none
 * @param visibleFrom from when it may be found (scheduled publication); null for now
 * @param endsAt for events: when it ends, so that upcoming ones rank above past ones;
 * null otherwise
 * @param themes the labels of its themes
 * @param regions the slugs of its regions ({@code shared.Region#slug})
 * @param replaces the address of a page this document stands in for (a toolkit step shows
 * a knowledge article): search then shows only this one; null if none
 */
public record SearchDocument(String key, String kind, String url, String title, String summary, String body,
		String context, Instant date, Instant visibleFrom, Instant endsAt, List<String> themes, List<String> regions,
		String replaces) {

	public SearchDocument {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		summary = (summary == null) ? "" : summary;
		body = (body == null) ? "" : body;
		context = (context == null) ? "" : context;
		themes = (themes == null) ? List.of() : List.copyOf(themes);
		regions = (regions == null) ? List.of() : List.copyOf(regions);
	}

	/**
	 * A document with only the common parts; the others through the {@code with…}
	 * methods.
	 */
	public static SearchDocument of(String key, String kind, String url, String title, String summary, String body,
			Instant date) {
		return new SearchDocument(key, kind, url, title, summary, body, "", date, null, null, List.of(), List.of(),
				null);
	}

	public SearchDocument withContext(String context) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, context,
				this.date, this.visibleFrom, this.endsAt, this.themes, this.regions, this.replaces);
	}

	public SearchDocument withVisibleFrom(Instant visibleFrom) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, this.context,
				this.date, visibleFrom, this.endsAt, this.themes, this.regions, this.replaces);
	}

	public SearchDocument withEndsAt(Instant endsAt) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, this.context,
				this.date, this.visibleFrom, endsAt, this.themes, this.regions, this.replaces);
	}

	public SearchDocument withThemes(List<String> themes) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, this.context,
				this.date, this.visibleFrom, this.endsAt, themes, this.regions, this.replaces);
	}

	public SearchDocument withRegions(List<String> regions) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, this.context,
				this.date, this.visibleFrom, this.endsAt, this.themes, regions, this.replaces);
	}

	public SearchDocument replacing(String url) {
		return new SearchDocument(this.key, this.kind, this.url, this.title, this.summary, this.body, this.context,
				this.date, this.visibleFrom, this.endsAt, this.themes, this.regions, url);
	}

}
