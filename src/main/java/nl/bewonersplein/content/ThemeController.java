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
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.editorial.Redirects;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
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

	ThemeController(ThemeRepository themes, Themes themeList, BodyRenderer bodies, MessageSource messages,
			ArticleRepository articles, Redirects redirects, RelatedContent.Blocks related, ArticleListController lists,
			Clock clock) {
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
	ModelAndView theme(@PathVariable String slug, Locale locale, Model model) {
		Optional<Theme> found = this.themes.findBySlug(slug).filter(Theme::isPublished);
		if (found.isEmpty()) {
			return Redirects
				.movedPermanently(this.redirects.target("/thema/" + slug).orElseThrow(ContentErrors::notFound));
		}
		Theme theme = found.get();
		Instant now = this.clock.instant();
		List<ArticleSummary> news = this.lists.summaries(this.articles.findPublishedInTheme(theme.getId(),
				ArticleListController.NEWS, Article.Status.PUBLISHED, now, Limit.of(200)), locale, 200);
		List<ArticleSummary> knowledge = this.lists.summaries(this.articles.findPublishedInTheme(theme.getId(),
				EnumSet.of(ArticleKind.KNOWLEDGE), Article.Status.PUBLISHED, now, Limit.of(200)), locale, 200);
		List<RelatedBlock> others = this.related.find(
				new RelatedQuery(theme.getUrl(), Set.of(theme.getId()), Set.of(theme.getSlug()), List.of(), 6), false,
				locale);
		List<Link> crumbs = List.of(home(locale), new Link(text("theme.list.title", locale), "/thema"),
				new Link(theme.getTitle(), theme.getUrl(), true));
		model.addAttribute("theme",
				new ThemePage(theme.getTitle(), theme.getSummary(), this.bodies.toHtml(theme.getBody()),
						theme.getSlug(), news, knowledge, others, crumbs,
						new PageHead(theme.getUrl(), "website", "", "")));
		return new ModelAndView("content/theme");
	}

	private Link home(Locale locale) {
		return new Link(text("nav.home", locale), "/");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
