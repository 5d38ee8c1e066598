package nl.bewonersplein.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns a page of hits into the view of the search page: labels, links, escaped snippets.
 */
@Component
class SearchPages {

	private static final int SNIPPET_MAX = 320;

	private final MessageSource messages;

	private final Clock clock;

	SearchPages(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/** The search as asked: its words, narrowings and page (from 1). */
	record Asked(String query, SiteSearch.Filters filters, int page) {

		String url(SiteSearch.Filters narrowed, int page) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/zoeken").queryParam("q", this.query);
			if (narrowed.kind() != null) {
				url.queryParam("soort", narrowed.kind());
			}
			if (narrowed.theme() != null) {
				url.queryParam("thema", narrowed.theme());
			}
			if (narrowed.region() != null) {
				url.queryParam("regio", narrowed.region());
			}
			if (narrowed.year() != null) {
				url.queryParam("jaar", narrowed.year());
			}
			if (page > 1) {
				url.queryParam("pagina", page);
			}
			return url.encode().build().toUriString();
		}

	}

	SearchResults results(Asked asked, SiteSearch.Page found, List<String> popularThemes, List<Link> crumbs,
			Locale locale) {
		SiteSearch.Filters filters = asked.filters();
		List<SearchHit> hits = found.hits().stream().map((hit) -> hit(hit, locale)).toList();
		List<SearchResults.Facet> facets = new ArrayList<>();
		facets.add(facet(text("search.facet.kind", locale), found.kinds(), filters.kind(),
				(value) -> text("search.kind." + value, locale),
				(value) -> new SiteSearch.Filters(value, filters.theme(), filters.region(), filters.year()), asked));
		facets.add(facet(text("search.facet.theme", locale), found.themes(), filters.theme(), (value) -> value,
				(value) -> new SiteSearch.Filters(filters.kind(), value, filters.region(), filters.year()), asked));
		facets.add(facet(text("search.facet.region", locale), found.regions(), filters.region(),
				(value) -> regionLabel(value, locale),
				(value) -> new SiteSearch.Filters(filters.kind(), filters.theme(), value, filters.year()), asked));
		Map<String, Long> years = new java.util.LinkedHashMap<>();
		found.years().forEach((year, count) -> years.put(year.toString(), count));
		facets.add(facet(text("search.facet.year", locale), years,
				(filters.year() == null) ? null : filters.year().toString(), (value) -> value,
				(value) -> new SiteSearch.Filters(filters.kind(), filters.theme(), filters.region(),
						Integer.valueOf(value)),
				asked));
		List<SearchResults.Facet> shown = facets.stream().filter((facet) -> !facet.values().isEmpty()).toList();
		List<Link> active = new ArrayList<>();
		if (filters.kind() != null) {
			active.add(new Link(text("search.kind." + filters.kind(), locale),
					asked.url(new SiteSearch.Filters(null, filters.theme(), filters.region(), filters.year()), 1)));
		}
		if (filters.theme() != null) {
			active.add(new Link(filters.theme(),
					asked.url(new SiteSearch.Filters(filters.kind(), null, filters.region(), filters.year()), 1)));
		}
		if (filters.region() != null) {
			active.add(new Link(regionLabel(filters.region(), locale),
					asked.url(new SiteSearch.Filters(filters.kind(), filters.theme(), null, filters.year()), 1)));
		}
		if (filters.year() != null) {
			active.add(new Link(filters.year().toString(),
					asked.url(new SiteSearch.Filters(filters.kind(), filters.theme(), filters.region(), null), 1)));
		}
		Link suggestion = (found.suggestion() == null) ? null : new Link(found.suggestion(),
				new Asked(found.suggestion(), SiteSearch.Filters.NONE, 1).url(SiteSearch.Filters.NONE, 1));
		List<Link> popular = popularThemes.stream()
			.map((theme) -> new Link(theme,
					new Asked(theme, SiteSearch.Filters.NONE, 1).url(SiteSearch.Filters.NONE, 1)))
			.toList();
		int page = asked.page();
		long pages = Math.max(1, (found.total() + SiteSearch.PAGE_SIZE - 1) / SiteSearch.PAGE_SIZE);
		Link previous = (page > 1) ? new Link(text("search.previous", locale), asked.url(filters, page - 1)) : null;
		Link next = (page < pages && page < SearchController.MAX_PAGE)
				? new Link(text("search.next", locale), asked.url(filters, page + 1)) : null;
		String pageLabel = (pages > 1) ? this.messages.getMessage("search.page", new Object[] { page, pages }, locale)
				: "";
		return new SearchResults(asked.query(), found.total(), hits, shown, active, suggestion, popular, previous, next,
				pageLabel, crumbs);
	}

	private SearchHit hit(SiteSearch.Hit hit, Locale locale) {
		String date = (hit.date() == null) ? "" : Dates.shortDate(hit.date());
		boolean past = hit.endsAt() != null && !hit.endsAt().isAfter(this.clock.instant());
		return new SearchHit(hit.title(), hit.url(), text("search.kind." + hit.kind(), locale), date,
				snippet(hit.snippet()), hit.themes(),
				hit.regions().stream().map((region) -> regionLabel(region, locale)).toList(), past);
	}

	/** Escapes the passage, then turns the highlight marks into {@code <mark>}. */
	static String snippet(String passage) {
		String text = (passage == null) ? "" : passage.strip();
		if (text.length() > SNIPPET_MAX) {
			int cut = text.lastIndexOf(' ', SNIPPET_MAX);
			text = text.substring(0, (cut > 0) ? cut : SNIPPET_MAX) + " …";
		}
		String escaped = HtmlUtils.htmlEscape(text, "UTF-8");
		StringBuilder html = new StringBuilder();
		boolean open = false;
		for (char c : escaped.toCharArray()) {
			if (c == SiteSearch.MARK_START.charAt(0) && !open) {
				html.append("<mark>");
				open = true;
			}
			else if (c == SiteSearch.MARK_END.charAt(0) && open) {
				html.append("</mark>");
				open = false;
			}
			else if (c != SiteSearch.MARK_START.charAt(0) && c != SiteSearch.MARK_END.charAt(0)) {
				html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	private SearchResults.Facet facet(String name, Map<String, Long> counts, String selected,
			java.util.function.Function<String, String> label,
			java.util.function.Function<String, SiteSearch.Filters> narrowed, Asked asked) {
		List<SearchResults.FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> {
			if (count > 0) {
				boolean isSelected = value.equals(selected);
				SiteSearch.Filters filters = isSelected ? withoutValue(asked.filters(), narrowed.apply(value), value)
						: narrowed.apply(value);
				values.add(new SearchResults.FacetValue(label.apply(value), count, asked.url(filters, 1), isSelected));
			}
		});
		return new SearchResults.Facet(name, values);
	}

	/** The narrowing without this value: selecting a selected value widens again. */
	private static SiteSearch.Filters withoutValue(SiteSearch.Filters current, SiteSearch.Filters with, String value) {
		return new SiteSearch.Filters(value.equals(with.kind()) && value.equals(current.kind()) ? null : current.kind(),
				value.equals(with.theme()) && value.equals(current.theme()) ? null : current.theme(),
				value.equals(with.region()) && value.equals(current.region()) ? null : current.region(),
				(with.year() != null && value.equals(with.year().toString()) && with.year().equals(current.year()))
						? null : current.year());
	}

	private String regionLabel(String slug, Locale locale) {
		return Region.of(slug).map((region) -> text(region.labelKey(), locale)).orElse(slug);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
