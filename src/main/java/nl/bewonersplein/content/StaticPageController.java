package nl.bewonersplein.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows static pages such as "Over ons" at {@code /{slug}}; an old address of a page
 * leads to its current one. See {@link StaticPageAdminController} for editing.
 */
@Controller
@Transactional(readOnly = true)
class StaticPageController {

	private final StaticPageRepository pages;

	private final BodyRenderer bodies;

	private final MessageSource messages;

	private final Redirects redirects;

	StaticPageController(StaticPageRepository pages, BodyRenderer bodies, MessageSource messages, Redirects redirects) {
		this.pages = pages;
		this.bodies = bodies;
		this.messages = messages;
		this.redirects = redirects;
	}

	@GetMapping("/{slug:[a-z0-9]+(?:-[a-z0-9]+)*}")
	ModelAndView page(@PathVariable String slug, Locale locale, Model model) {
		Optional<StaticPage> found = this.pages.findBySlug(slug).filter(StaticPage::isPublished);
		if (found.isEmpty()) {
			return Redirects.movedPermanently(this.redirects.target("/" + slug).orElseThrow(ContentErrors::notFound));
		}
		StaticPage page = found.get();
		model.addAttribute("page",
				new StaticPageView(page.getTitle(), page.getSummary(), this.bodies.toHtml(page.getBody()),
						Dates.shortDate(page.getUpdatedAt()),
						List.of(new Link(this.messages.getMessage("nav.home", null, locale), "/"),
								new Link(page.getTitle(), page.getUrl(), true))));
		return new ModelAndView("content/static-page");
	}

}
