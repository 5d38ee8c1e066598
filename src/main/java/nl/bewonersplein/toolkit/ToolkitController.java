package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.content.SupporterView;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reading a toolkit online: the list at {@code /toolkit}, a toolkit's page, and each
 * article as a step on the route with previous and next.
 */
@Controller
class ToolkitController {

	private final ToolkitReader reader;

	private final MessageSource messages;

	private final OrderLink order;

	private final MediaLibrary library;

	ToolkitController(ToolkitReader reader, MessageSource messages, OrderLink order, MediaLibrary library) {
		this.library = library;
		this.reader = reader;
		this.messages = messages;
		this.order = order;
	}

	@GetMapping("/toolkit")
	String list(Locale locale, Model model) {
		List<ToolkitListPage.Card> cards = this.reader.publishedToolkits()
			.stream()
			.map((toolkit) -> new ToolkitListPage.Card(toolkit.getTitle(), toolkit.getSubtitle(), href(toolkit)))
			.toList();
		model.addAttribute("page", new ToolkitListPage(cards,
				List.of(home(locale), new Link(text("toolkit.list.title", locale), "/toolkit", true))));
		return "toolkit/list";
	}

	@GetMapping("/toolkit/{slug}")
	String toolkit(@PathVariable String slug, Locale locale, Model model) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		Toolkit toolkit = tree.toolkit();
		String base = href(toolkit);
		List<ToolkitPage.ChapterView> chapters = new ArrayList<>();
		List<ToolkitTree.Step> steps = tree.steps();
		int number = 0;
		for (ToolkitTree.Chapter chapter : tree.chapters()) {
			List<ToolkitPage.Step> articles = new ArrayList<>();
			for (ArticleContent article : chapter.articles()) {
				articles.add(new ToolkitPage.Step(++number, article.title(), article.summary(),
						base + "/" + article.slug()));
			}
			String pdf = base + "/hoofdstuk/" + chapter.id() + "/pdf";
			chapters.add(new ToolkitPage.ChapterView(chapter.anchor(), chapters.size() + 1, chapter.title(),
					chapter.intro(), articles, pdf, pdf + "?letters=groot"));
		}
		Link start = steps.isEmpty() ? null
				: new Link(steps.get(0).article().title(), base + "/" + steps.get(0).article().slug());
		String editionDate = (toolkit.getEditionDate() != null)
				? Dates.shortDate(toolkit.getEditionDate().atStartOfDay(Dates.ZONE).toInstant()) : "";
		model.addAttribute("page",
				new ToolkitPage(toolkit.getTitle(), toolkit.getSubtitle(),
						picture(toolkit.getCoverImage(), toolkit.getCoverAlt(), toolkit.getCoverCaption()),
						paragraphs(toolkit.getIntro()), paragraphs(toolkit.getHowItWorks()), toolkit.getEdition(),
						editionDate, steps.size(), start, chapters, base + "/pdf", base + "/pdf?letters=groot",
						this.order.href(toolkit.getSlug()), links(tree.funders()), links(tree.partners()),
						List.of(home(locale), new Link(text("toolkit.list.title", locale), "/toolkit"),
								new Link(toolkit.getTitle(), base, true))));
		return "toolkit/toolkit";
	}

	/** A library image with the texts this page chose for it, or null. */
	private Picture picture(String path, String alt, String caption) {
		return this.library.pictureAt(path).map((picture) -> picture.withAlt(alt).withText(caption, null)).orElse(null);
	}

	@GetMapping("/toolkit/{slug}/{articleSlug}")
	String article(@PathVariable String slug, @PathVariable String articleSlug, Locale locale, Model model) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		ToolkitTree.Step step = tree.step(articleSlug).orElseThrow(ToolkitController::notFound);
		List<ToolkitTree.Step> steps = tree.steps();
		String base = href(tree.toolkit());
		ArticleContent article = step.article();
		int index = step.number() - 1;
		Link previous = (index > 0) ? stepLink(base, steps.get(index - 1)) : null;
		Link next = (index < steps.size() - 1) ? stepLink(base, steps.get(index + 1)) : null;
		List<ToolkitArticlePage.ChapterNav> nav = new ArrayList<>();
		for (ToolkitTree.Chapter chapter : tree.chapters()) {
			List<Link> links = chapter.articles()
				.stream()
				.map((other) -> new Link(other.title(), base + "/" + other.slug(), other.id() == article.id()))
				.toList();
			nav.add(new ToolkitArticlePage.ChapterNav(chapter.title(), chapter == step.chapter(), links));
		}
		List<ToolkitPage.Step> related = steps.stream()
			.filter((other) -> other.chapter() == step.chapter() && other.article().id() != article.id())
			.map((other) -> new ToolkitPage.Step(other.number(), other.article().title(), other.article().summary(),
					base + "/" + other.article().slug()))
			.toList();
		String pdf = base + "/" + article.slug() + "/pdf";
		model.addAttribute("page", new ToolkitArticlePage(tree.toolkit().getTitle(), base, step.chapter().title(),
				article.title(), article.summary(), article.bodyHtml(), article.imagePath(), article.imageAlt(),
				article.imageCaption(), picture(article.imagePath(), article.imageAlt(), article.imageCaption()),
				step.number(), steps.size(), previous, next, nav, related, pdf, pdf + "?letters=groot",
				List.of(home(locale), new Link(text("toolkit.list.title", locale), "/toolkit"),
						new Link(tree.toolkit().getTitle(), base),
						new Link(step.chapter().title(), base + "#" + step.chapter().anchor()),
						new Link(article.title(), base + "/" + article.slug(), true))));
		return "toolkit/article";
	}

	private static Link stepLink(String base, ToolkitTree.Step step) {
		return new Link(step.article().title(), base + "/" + step.article().slug());
	}

	static String href(Toolkit toolkit) {
		return "/toolkit/" + toolkit.getSlug();
	}

	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	private static List<Link> links(List<SupporterView> supporters) {
		return supporters.stream().map((supporter) -> new Link(supporter.name(), supporter.url())).toList();
	}

	private Link home(Locale locale) {
		return new Link(text("nav.home", locale), "/");
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
