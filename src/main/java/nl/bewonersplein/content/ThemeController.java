package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.PageHead;
import nl.bewonersplein.site.Paging;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.editorial.Redirects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The theme overview at {@code /thema} and each theme's dossier page at
 * {@code /thema/{slug}}: its introduction and everything filed under it. See
 * {@link ThemeAdminController} for editing.
 */
@Controller
@Transactional(readOnly = true)
class ThemeController {

	private final ThemeRepository themes;

	private final Themes themeList;

	private final BodyRenderer bodies;

	private final MessageSource messages;

	private final ArticleRepository articles;

	private final Redirects redirects;

	private final RelatedContent.Blocks related;

	private final ArticleListController lists;

	private final Clock clock;

	private final PublishedArticles published;

	ThemeController(ThemeRepository themes, Themes themeList, BodyRenderer bodies, MessageSource messages,
			ArticleRepository articles, Redirects redirects, RelatedContent.Blocks related, ArticleListController lists,
			Clock clock, PublishedArticles published) {
		this.published = published;
		this.themes = themes;
		this.themeList = themeList;
		this.bodies = bodies;
		this.messages = messages;
		this.articles = articles;
		this.redirects = redirects;
		this.related = related;
		this.lists = lists;
		this.clock = clock;
	}

	@GetMapping("/thema")
	String themes(Locale locale, Model model) {
		model.addAttribute("themes", this.themeList.all());
		model.addAttribute("crumbs", List.of(home(locale), new Link(text("theme.list.title", locale), "/thema", true)));
		return "content/themes";
	}

	@GetMapping("/thema/{slug}")
	ModelAndView theme(@PathVariable String slug, Paging paging, Locale locale, Model model) {
		Optional<Theme> found = this.themes.findBySlug(slug).filter(Theme::isPublished);
		if (found.isEmpty()) {
			return Redirects
				.movedPermanently(this.redirects.target("/thema/" + slug).orElseThrow(ContentErrors::notFound));
		}
		Theme theme = found.get();
		Instant now = this.clock.instant();
		List<Long> allNews = this.published.all(ArticleListController.NEWS, now, theme.getId(), null);
		List<Long> allKnowledge = this.published.all(EnumSet.of(ArticleKind.KNOWLEDGE), now, theme.getId(), null);
		int size = ArticleListController.PAGE_SIZE;
		int pages = (int) ((Math.max(allNews.size(), allKnowledge.size()) + size - 1) / size);
		if (paging.number() > Math.max(1, pages)) {
			throw ContentErrors.notFound();
		}
		List<ArticleSummary> news = this.lists.summaries(this.lists.byIds(page(allNews, paging)), locale, 200);
		List<ArticleSummary> knowledge = this.lists.summaries(this.lists.byIds(page(allKnowledge, paging)), locale,
				200);
		Link previous = paging.isFirst() ? null
				: new Link(text("content.theme.newer", locale), pageUrl(theme, paging.number() - 1));
		Link next = (paging.number() < pages)
				? new Link(text("content.theme.older", locale), pageUrl(theme, paging.number() + 1)) : null;
		String pageInfo = (pages > 1)
				? this.messages.getMessage("content.news.page", new Object[] { paging.number(), pages }, locale) : "";
		List<RelatedBlock> others = this.related.find(
				new RelatedQuery(theme.getUrl(), Set.of(theme.getId()), Set.of(theme.getSlug()), List.of(), 6), false,
				locale);
		List<Link> crumbs = List.of(home(locale), new Link(text("theme.list.title", locale), "/thema"),
				new Link(theme.getTitle(), theme.getUrl(), true));
		model.addAttribute("theme",
				new ThemePage(theme.getTitle(), theme.getSummary(), this.bodies.toHtml(theme.getBody()),
						theme.getSlug(), news, knowledge, others, previous, next, pageInfo, crumbs,
						new PageHead(pageUrl(theme, paging.number()), "website", "", "")));
		return new ModelAndView("content/theme");
	}

	/** One page of these ids. */
	private static List<Long> page(List<Long> ids, Paging paging) {
		int size = ArticleListController.PAGE_SIZE;
		int from = (int) Math.min(ids.size(), paging.offset(size));
		return ids.subList(from, Math.min(ids.size(), from + size));
	}

	/** The address of page {@code number} of this theme. */
	private static String pageUrl(Theme theme, int number) {
		return (number > 1) ? theme.getUrl() + "?" + Paging.PARAM + "=" + number : theme.getUrl();
	}

	private Link home(Locale locale) {
		return new Link(text("nav.home", locale), "/");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
