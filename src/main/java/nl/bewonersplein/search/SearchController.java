package nl.bewonersplein.search;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;

import nl.bewonersplein.site.CanonicalPages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The search page at {@code /zoeken}: a form, and results when something was asked. */
@Controller
class SearchController {

	/** Longer queries are cut: nobody types more, and it bounds the work per request. */
	static final int MAX_QUERY_LENGTH = 200;

	private static final int MAX_PAGE = 100;

	private final SiteSearch search;

	private final MessageSource messages;

	private final ObjectProvider<CanonicalPages> canonicalPages;

	SearchController(SiteSearch search, MessageSource messages, ObjectProvider<CanonicalPages> canonicalPages) {
		this.search = search;
		this.messages = messages;
		this.canonicalPages = canonicalPages;
	}

	@GetMapping("/zoeken")
	String search(@RequestParam(name = "q", defaultValue = "") String q,
			@RequestParam(name = "pagina", defaultValue = "1") String pageParam, Locale locale, Model model) {
		String query = clean(q);
		int page = pageNumber(pageParam);
		List<Link> crumbs = List.of(new Link(this.messages.getMessage("nav.home", null, locale), "/"),
				new Link(this.messages.getMessage("search.title", null, locale), "/zoeken", true));
		if (query.isEmpty()) {
			model.addAttribute("results", new SearchResults("", 0, List.of(), null, null, crumbs));
			return "search/results";
		}
		SiteSearch.Page hits = this.search.search(query, page - 1);
		Link previous = (page > 1)
				? new Link(this.messages.getMessage("search.previous", null, locale), pageUrl(query, page - 1)) : null;
		Link next = ((long) page * SiteSearch.PAGE_SIZE < hits.total() && page < MAX_PAGE)
				? new Link(this.messages.getMessage("search.next", null, locale), pageUrl(query, page + 1)) : null;
		List<SearchHit> shown = canonical(hits.hits(), locale);
		model.addAttribute("results", new SearchResults(query, hits.total(), shown, previous, next, crumbs));
		return "search/results";
	}

	/** A hit whose body is at home elsewhere (a toolkit step) links to that page. */
	private List<SearchHit> canonical(List<SearchHit> hits, Locale locale) {
		List<String> paths = hits.stream().map(SearchHit::url).toList();
		java.util.Map<String, Link> homes = new java.util.HashMap<>();
		this.canonicalPages.orderedStream()
			.forEach((pages) -> pages.canonicalOf(paths, locale).forEach(homes::putIfAbsent));
		return hits.stream()
			.map((hit) -> homes.containsKey(hit.url())
					? new SearchHit(hit.title(), hit.summary(), homes.get(hit.url()).href(), hit.kind()) : hit)
			.toList();
	}

	static String clean(String q) {
		String text = q.replaceAll("\\p{Cntrl}", " ").strip();
		return (text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text;
	}

	private static int pageNumber(String value) {
		try {
			return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value)));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String pageUrl(String query, int page) {
		return UriComponentsBuilder.fromPath("/zoeken")
			.queryParam("q", query)
			.queryParam("pagina", page)
			.encode()
			.build()
			.toUriString();
	}

}
