package nl.bewonersplein.content;

import java.time.Clock;

import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.editorial.PublicationChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors put articles, themes and static pages online and take them offline. */
@Controller
@Transactional
class PublicationAdminController {

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final StaticPageRepository pages;

	private final ArticleEditing articleEditing;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	PublicationAdminController(ArticleRepository articles, ThemeRepository themes, StaticPageRepository pages,
			ArticleEditing articleEditing, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.articles = articles;
		this.themes = themes;
		this.pages = pages;
		this.articleEditing = articleEditing;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(ArticleEditing.BASE + "/{id}/publicatie")
	String article(@PathVariable long id, @RequestParam(name = "publiceren", defaultValue = "false") boolean publish,
			RedirectAttributes redirect) {
		Article article = this.articles.findById(id).orElseThrow(ContentErrors::notFound);
		if (publish) {
			article.publish((article.getPublishedAt() != null) ? article.getPublishedAt() : this.clock.instant());
		}
		else {
			article.unpublish();
		}
		this.events.publishEvent(new PublicationChanged("article", id, this.articleEditing.subject(article), publish));
		redirect.addFlashAttribute(AdminShell.FLASH,
				publish ? "content.admin.published.done" : "content.admin.unpublished.done");
		return "redirect:" + ArticleEditing.BASE + "/" + id;
	}

	@PostMapping(ThemeAdminController.BASE + "/{id}/publicatie")
	String theme(@PathVariable long id, @RequestParam(name = "publiceren", defaultValue = "false") boolean publish,
			RedirectAttributes redirect) {
		return text(this.themes.findById(id).orElseThrow(ContentErrors::notFound), "theme",
				"content.admin.themes.subject", ThemeAdminController.BASE, publish, redirect);
	}

	@PostMapping(StaticPageAdminController.BASE + "/{id}/publicatie")
	String page(@PathVariable long id, @RequestParam(name = "publiceren", defaultValue = "false") boolean publish,
			RedirectAttributes redirect) {
		return text(this.pages.findById(id).orElseThrow(ContentErrors::notFound), "page", "content.admin.pages.subject",
				StaticPageAdminController.BASE, publish, redirect);
	}

	private String text(EditableText item, String kind, String subjectKey, String base, boolean publish,
			RedirectAttributes redirect) {
		item.setPublished(publish);
		this.events.publishEvent(new PublicationChanged(kind, item.getId(),
				TextAdminController.subject(this.messages, subjectKey, item), publish));
		redirect.addFlashAttribute(AdminShell.FLASH,
				publish ? "content.admin.text.published.done" : "content.admin.text.unpublished.done");
		return "redirect:" + base + "/" + item.getId();
	}

}
