package nl.bewonersplein.content;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shows static pages at {@code /{slug}}, the theme overview at {@code /thema} and each
 * theme's dossier page at {@code /thema/{slug}}.
 */
@Controller
@Transactional(readOnly = true)
class PageController {

	private final PageRepository pages;

	private final ThemeRepository themes;

	private final Themes themeList;

	private final BodyRenderer bodies;

	private final MessageSource messages;

	PageController(PageRepository pages, ThemeRepository themes, Themes themeList, BodyRenderer bodies,
			MessageSource messages) {
		this.pages = pages;
		this.themes = themes;
		this.themeList = themeList;
		this.bodies = bodies;
		this.messages = messages;
	}

	@GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
	String page(@PathVariable String slug, Locale locale, Model model) {
		Page page = this.pages.findBySlug(slug).orElseThrow(PageController::notFound);
		model.addAttribute("page",
				new PageView(page.getTitle(), page.getSummary(), this.bodies.toHtml(page.getBody()),
						Dates.shortDate(page.getUpdatedAt()),
						List.of(home(locale), new Link(page.getTitle(), page.getUrl(), true))));
		return "content/page";
	}

	@GetMapping("/thema")
	String themes(Locale locale, Model model) {
		model.addAttribute("themes", this.themeList.all());
		model.addAttribute("crumbs", List.of(home(locale), new Link(text("theme.list.title", locale), "/thema", true)));
		return "content/themes";
	}

	@GetMapping("/thema/{slug}")
	String theme(@PathVariable String slug, Locale locale, Model model) {
		Theme theme = this.themes.findBySlug(slug).orElseThrow(PageController::notFound);
		model.addAttribute("page",
				new PageView(theme.getTitle(), theme.getSummary(), this.bodies.toHtml(theme.getBody()),
						Dates.shortDate(theme.getUpdatedAt()),
						List.of(home(locale), new Link(text("theme.list.title", locale), "/thema"),
								new Link(theme.getTitle(), theme.getUrl(), true))));
		return "content/page";
	}

	private Link home(Locale locale) {
		return new Link(text("nav.home", locale), "/");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
