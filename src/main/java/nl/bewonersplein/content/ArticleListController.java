package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.site.Paging;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The news list at {@code /nieuws} (paged, filtered by theme, label and year) and the
 * knowledge base at {@code /kennis} (grouped by theme).
 */
@Controller
@Transactional(readOnly = true)
class ArticleListController {

	static final int PAGE_SIZE = 10;

	/**
	 * Knowledge articles shown per theme in the knowledge base; its theme page has all.
	 */
	static final int SHELF_SIZE = 6;

	static final Set<ArticleKind> NEWS = EnumSet.complementOf(EnumSet.of(ArticleKind.KNOWLEDGE));

	/** The label filter's values in the address: Dutch, like the rest of the URLs. */
	static String param(ArticleKind kind) {
		return switch (kind) {
			case NEWS -> "nieuws";
			case EXPLAINER -> "uitleg";
			case POSITION -> "standpunt";
			case STORY -> "verhaal";
			case KNOWLEDGE -> "kennis";
		};
	}

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final MessageSource messages;

	private final Clock clock;

	private final MediaLibrary media;

	private final KnowledgeShelves shelves;

	private final PublishedArticles published;

	ArticleListController(ArticleRepository articles, ThemeRepository themes, MessageSource messages, Clock clock,
			MediaLibrary media, KnowledgeShelves shelves, PublishedArticles published) {
		this.published = published;
		this.media = media;
		this.shelves = shelves;
		this.articles = articles;
		this.themes = themes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/nieuws")
	String news(@RequestParam(name = "thema", required = false) String theme,
			@RequestParam(name = "soort", required = false) String kind,
			@RequestParam(name = "jaar", required = false) Integer year, Paging paging, Locale locale, Model model) {
		Instant now = this.clock.instant();
		List<Theme> allThemes = this.themes.findByPublishedTrueOrderByPositionAscTitleAsc();
		Theme chosenTheme = allThemes.stream().filter((t) -> t.getSlug().equals(theme)).findFirst().orElse(null);
		ArticleKind chosenKind = NEWS.stream().filter((k) -> param(k).equals(kind)).findFirst().orElse(null);
		List<Integer> years = this.published.years(NEWS, now);
		Integer chosenYear = (year != null && years.contains(year)) ? year : null;
		int pageIndex = paging.index();
		Set<ArticleKind> kinds = (chosenKind != null) ? EnumSet.of(chosenKind) : NEWS;
		List<Long> all = this.published.all(kinds, now, (chosenTheme != null) ? chosenTheme.getId() : null, chosenYear);
		List<Long> ids = all.subList((int) Math.min(all.size(), paging.offset(PAGE_SIZE)),
				(int) Math.min(all.size(), paging.offset(PAGE_SIZE) + PAGE_SIZE));
		Page page = new Page(byIds(ids), pageIndex > 0, paging.offset(PAGE_SIZE) + PAGE_SIZE < all.size(),
				(all.size() + PAGE_SIZE - 1) / PAGE_SIZE);

		Map<String, Picture> thumbnails = thumbnails(page.content());
		List<ArticleSummary> items = page.content().stream().map((a) -> summary(a, locale, 240, thumbnails)).toList();
		List<Link> themeOptions = allThemes.stream()
			.map((t) -> new Link(t.getTitle(), t.getSlug(), t == chosenTheme))
			.toList();
		List<Link> kindOptions = NEWS.stream()
			.map((k) -> new Link(text(k.labelKey(), locale), param(k), k == chosenKind))
			.toList();
		List<Link> yearLinks = years.stream()
			.map((y) -> new Link(String.valueOf(y), "/nieuws?jaar=" + y, y.equals(chosenYear)))
			.toList();
		String themeParam = (chosenTheme != null) ? chosenTheme.getSlug() : null;
		String kindParam = (chosenKind != null) ? param(chosenKind) : null;
		Link previous = page.hasPrevious()
				? new Link(text("content.news.newer", locale), listUrl(themeParam, kindParam, chosenYear, pageIndex))
				: null;
		Link next = page.hasNext() ? new Link(text("content.news.older", locale),
				listUrl(themeParam, kindParam, chosenYear, pageIndex + 2)) : null;
		String heading = text("content.news.title", locale);
		List<String> parts = new ArrayList<>();
		if (chosenKind != null) {
			parts.add(text(chosenKind.labelKey(), locale));
		}
		if (chosenTheme != null) {
			parts.add(chosenTheme.getTitle());
		}
		if (chosenYear != null) {
			parts.add(String.valueOf(chosenYear));
		}
		if (!parts.isEmpty()) {
			heading = heading + ": " + String.join(", ", parts);
		}
		String pageInfo = (page.totalPages() > 1) ? this.messages.getMessage("content.news.page",
				new Object[] { pageIndex + 1, page.totalPages() }, locale) : "";
		List<Link> crumbs = List.of(new Link(text("nav.home", locale), "/"),
				new Link(text("content.news.title", locale), "/nieuws", true));
		String canonical = listUrl(themeParam, kindParam, chosenYear, pageIndex + 1);
		model.addAttribute("news", new NewsList(heading, items, themeOptions, kindOptions, yearLinks, previous, next,
				pageInfo, crumbs, new PageHead(canonical, "website", "", "")));
		return "content/news";
	}

	@GetMapping("/kennis")
	String knowledge(Locale locale, Model model) {
		List<Theme> allThemes = this.themes.findByPublishedTrueOrderByPositionAscTitleAsc();
		Map<Long, KnowledgeShelves.Shelf> shelves = this.shelves.newest(SHELF_SIZE, this.clock.instant());
		Map<Long, Article> articles = new java.util.HashMap<>();
		this.articles.findByIdIn(shelves.values().stream().flatMap((shelf) -> shelf.ids().stream()).toList())
			.forEach((article) -> articles.put(article.getId(), article));
		Map<String, Picture> thumbnails = thumbnails(List.copyOf(articles.values()));
		List<KnowledgeList.Group> groups = new ArrayList<>();
		for (Theme theme : allThemes) {
			KnowledgeShelves.Shelf shelf = shelves.get(theme.getId());
			if (shelf != null) {
				groups.add(new KnowledgeList.Group("thema-" + theme.getSlug(), theme.getTitle(), theme.getUrl(),
						items(shelf, articles, locale, thumbnails), shelf.total()));
			}
		}
		KnowledgeShelves.Shelf unfiled = shelves.get(null);
		if (unfiled != null) {
			groups.add(new KnowledgeList.Group("overig", text("content.knowledge.other", locale), "",
					items(unfiled, articles, locale, thumbnails), unfiled.total()));
		}
		List<Link> crumbs = List.of(new Link(text("nav.home", locale), "/"),
				new Link(text("content.knowledge.title", locale), "/kennis", true));
		model.addAttribute("knowledge", new KnowledgeList(groups, crumbs, new PageHead("/kennis", "website", "", "")));
		return "content/knowledge";
	}

	private List<ArticleSummary> items(KnowledgeShelves.Shelf shelf, Map<Long, Article> articles, Locale locale,
			Map<String, Picture> thumbnails) {
		return shelf.ids()
			.stream()
			.map(articles::get)
			.filter(java.util.Objects::nonNull)
			.map((article) -> summary(article, locale, 240, thumbnails))
			.toList();
	}

	ArticleSummary summary(Article article, Locale locale, int excerpt, Map<String, Picture> thumbnails) {
		Picture thumbnail = (article.getImagePath() != null) ? thumbnails.get(article.getImagePath()) : null;
		return new ArticleSummary(article.getTitle(), article.getUrl(), text(article.getKind().labelKey(), locale),
				Dates.shortDate(article.getPublishedAt()), Excerpts.of(article.getSummary(), excerpt),
				(thumbnail != null) ? thumbnail.card() : null);
	}

	/** These articles in a list, with their thumbnails. */
	List<ArticleSummary> summaries(List<Article> list, Locale locale, int excerpt) {
		Map<String, Picture> thumbnails = thumbnails(list);
		return list.stream().map((article) -> summary(article, locale, excerpt, thumbnails)).toList();
	}

	/** The library thumbnails of these articles' images, in one go. */
	private Map<String, Picture> thumbnails(List<Article> list) {
		return this.media
			.thumbnailsAt(list.stream().map(Article::getImagePath).filter(java.util.Objects::nonNull).toList());
	}

	/** One page of the news list. */
	private record Page(List<Article> content, boolean hasPrevious, boolean hasNext, int totalPages) {

	}

	/** These articles, read in one go, in the order of {@code ids}. */
	List<Article> byIds(List<Long> ids) {
		Map<Long, Article> found = new java.util.HashMap<>();
		this.articles.findByIdIn(ids).forEach((article) -> found.put(article.getId(), article));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private static String listUrl(String theme, String kind, Integer year, int pageNumber) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/nieuws");
		if (theme != null) {
			url.queryParam("thema", theme);
		}
		if (kind != null) {
			url.queryParam("soort", kind);
		}
		if (year != null) {
			url.queryParam("jaar", year);
		}
		if (pageNumber > 1) {
			url.queryParam("pagina", pageNumber);
		}
		return url.build().encode().toUriString();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
