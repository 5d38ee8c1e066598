package nl.bewonersplein.search;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.site.Paging;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page at {@code /zoeken}: a form, and results with facets when something was
 * asked. See {@link SuggestionController} for the suggestions while typing.
 */
@Controller
class SearchController {

	/** Longer queries are cut: nobody types more, and it bounds the work per request. */
	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_PAGE = 100;

	private final SiteSearch search;

	private final SearchPages pages;

	private final PopularThemes popular;

	private final MessageSource messages;

	SearchController(SiteSearch search, SearchPages pages, PopularThemes popular, MessageSource messages) {
		this.search = search;
		this.pages = pages;
		this.popular = popular;
		this.messages = messages;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam(name = "q", defaultValue = "") String q,
			@RequestParam(name = "soort", required = false) String kind,
			@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "regio", required = false) String region,
			@RequestParam(name = "jaar", required = false) String year, Paging paging, Locale locale, Model model) {
		String query = clean(q);
		int page = Math.min(paging.number(), MAX_PAGE);
		List<Link> crumbs = List.of(new Link(this.messages.getMessage("nav.home", null, locale), "/"),
				new Link(this.messages.getMessage("search.title", null, locale), "/zoeken", true));
		SiteSearch.Filters filters = new SiteSearch.Filters(keyword(kind), keyword(theme),
				Region.of(region).map(Region::slug).orElse(null), year(year));
		SearchPages.Asked asked = new SearchPages.Asked(query, filters, page);
		SiteSearch.Page found = query.isEmpty() ? new SiteSearch.Page(0, List.of(), java.util.Map.of(),
				java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), null)
				: this.search.search(query, filters, page - 1);
		List<String> popularThemes = (found.total() == 0) ? this.popular.themes() : List.of();
		model.addAttribute("results", this.pages.results(asked, found, popularThemes, crumbs, locale));
		return "search/results";
	}

	static String clean(String q) {
		String text = q.replaceAll("\\p{Cntrl}", " ").strip();
		return (text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text;
	}

	private static String keyword(String value) {
		if (value == null) {
			return null;
		}
		String text = clean(value);
		return (text.isEmpty() || text.length() > 100) ? null : text;
	}

	private static Integer year(String value) {
		return (value != null && value.strip().matches("\\d{4}")) ? Integer.valueOf(value.strip()) : null;
	}

}
