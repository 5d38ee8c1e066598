package nl.bewonersplein.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one admin list every content type shows (articles, pages, themes, toolkits, …):
 * search in the titles (without regard to case or accents), filters by status and by
 * theme with their counts, three orders and pages of {@link #PAGE_SIZE}, and, for types
 * that can be put online, check boxes to publish or take offline several at once. The
 * module hands over all its items as {@link Entry entries}; lists of staff content are
 * small (hundreds, not millions), so filtering happens here, in memory. Rendered by
 * {@code admin/listing.jte}; everything works without JavaScript.
 */
public final class AdminListing {

	/** Items per page. */
	public static final int PAGE_SIZE = 25;

	private AdminListing() {
	}

	/**
	 * One item of a list.
	 *
	 * @param id its id (the value of its check box)
	 * @param title its title
	 * @param edit where it is edited
	 * @param view its public page, or empty
	 * @param status its status value, e.g. {@code online}
	 * @param statusLabel that status in words, e.g. "Gepubliceerd"
	 * @param kind what sort of item it is, in words, or empty
	 * @param themes the themes it belongs to, in words
	 * @param changed when it last changed
	 */
	public record Entry(long id, String title, String edit, String view, String status, String statusLabel, String kind,
			List<String> themes, Instant changed) {

	}

	/**
	 * A value to filter on.
	 *
	 * @param value the value in the query string
	 * @param label the value in words
	 * @param count how many items have it (all other filters applied)
	 * @param selected whether it is the current filter
	 */
	public record Option(String value, String label, long count, boolean selected) {

	}

	/**
	 * The page of a list.
	 *
	 * @param heading the page heading
	 * @param base the list's address
	 * @param newLink where a new item is made, or empty
	 * @param newLabel label of that link
	 * @param query what was asked
	 * @param rows the items on this page
	 * @param total how many items match
	 * @param all how many items there are without filters
	 * @param statuses the statuses to filter on
	 * @param themes the themes to filter on (empty: no theme filter)
	 * @param page this page, from 1
	 * @param pages the number of pages
	 * @param previous the previous page's address, or empty
	 * @param next the next page's address, or empty
	 * @param bulkAction where the check boxes are posted to publish or take offline, or
	 * empty when the type cannot be put online
	 */
	public record View(String heading, String base, String newLink, String newLabel, ListQuery query, List<Entry> rows,
			int total, int all, List<Option> statuses, List<Option> themes, int page, int pages, String previous,
			String next, String bulkAction) {

		/** Whether a filter or search text narrows the list. */
		public boolean filtered() {
			return !this.query.text().isEmpty() || !this.query.status().isEmpty() || !this.query.theme().isEmpty();
		}

	}

	/**
	 * The list page for a query.
	 * @param heading the page heading
	 * @param base the list's address, e.g. {@code /admin/artikelen}
	 * @param newLabel the label of the "new" link ({@code base/nieuw}), or empty for none
	 * @param bulk whether items can be published and taken offline together (posted to
	 * {@code base/publicatie})
	 * @param entries all items
	 * @param query what was asked
	 */
	public static View of(String heading, String base, String newLabel, boolean bulk, List<Entry> entries,
			ListQuery query) {
		Predicate<Entry> text = matchesText(query.text());
		Predicate<Entry> status = (entry) -> query.status().isEmpty() || entry.status().equals(query.status());
		Predicate<Entry> theme = (entry) -> query.theme().isEmpty() || entry.themes().contains(query.theme());
		List<Option> statuses = options(entries.stream().filter(text.and(theme)).toList(), entries,
				(entry) -> List.of(entry.status()), (entry) -> List.of(entry.statusLabel()), query.status());
		List<Option> themes = options(entries.stream().filter(text.and(status)).toList(), entries, Entry::themes,
				Entry::themes, query.theme());
		List<Entry> matching = new ArrayList<>(entries.stream().filter(text.and(status).and(theme)).toList());
		matching.sort(order(query.sort()));
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(query.page(), pages);
		List<Entry> rows = matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
		return new View(heading, base, newLabel.isEmpty() ? "" : base + "/nieuw", newLabel, query, List.copyOf(rows),
				matching.size(), entries.size(), statuses, themes, page, pages,
				(page > 1) ? link(base, query, page - 1) : "", (page < pages) ? link(base, query, page + 1) : "",
				bulk ? base + "/publicatie" : "");
	}

	/**
	 * Letters folded for matching: lower case, without accents ("Café" matches "cafe").
	 */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static Predicate<Entry> matchesText(String text) {
		if (text.isEmpty()) {
			return (entry) -> true;
		}
		List<String> words = List.of(fold(text).split("\\s+"));
		return (entry) -> {
			String title = fold(entry.title() + " " + entry.kind());
			return words.stream().allMatch(title::contains);
		};
	}

	private static List<Option> options(List<Entry> counted, List<Entry> all,
			java.util.function.Function<Entry, List<String>> values,
			java.util.function.Function<Entry, List<String>> labels, String selected) {
		Map<String, String> named = new LinkedHashMap<>();
		for (Entry entry : all) {
			List<String> entryValues = values.apply(entry);
			List<String> entryLabels = labels.apply(entry);
			for (int i = 0; i < entryValues.size(); i++) {
				named.putIfAbsent(entryValues.get(i), entryLabels.get(i));
			}
		}
		List<Option> options = new ArrayList<>();
		named.forEach((value,
				label) -> options.add(new Option(value, label,
						counted.stream().filter((entry) -> values.apply(entry).contains(value)).count(),
						value.equals(selected))));
		options.sort(Comparator.comparing((Option option) -> fold(option.label())));
		return List.copyOf(options);
	}

	private static Comparator<Entry> order(ListQuery.Sort sort) {
		Comparator<Entry> byTitle = Comparator.comparing((Entry entry) -> fold(entry.title()));
		Comparator<Entry> byChanged = Comparator.comparing(Entry::changed,
				Comparator.nullsFirst(Comparator.naturalOrder()));
		return switch (sort) {
			case TITLE -> byTitle;
			case OLDEST -> byChanged.thenComparing(byTitle);
			case CHANGED -> byChanged.reversed().thenComparing(byTitle);
		};
	}

	private static String link(String base, ListQuery query, int page) {
		StringBuilder link = new StringBuilder(base).append("?");
		append(link, "q", query.text());
		append(link, "status", query.status());
		append(link, "thema", query.theme());
		if (query.sort() != ListQuery.Sort.CHANGED) {
			append(link, "volgorde", query.sort().value());
		}
		link.append("pagina=").append(page);
		return link.toString();
	}

	private static void append(StringBuilder link, String name, String value) {
		if (!value.isEmpty()) {
			link.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
		}
	}

}
