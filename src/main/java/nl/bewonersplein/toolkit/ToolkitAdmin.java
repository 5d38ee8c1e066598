package nl.bewonersplein.toolkit;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.content.Articles;
import nl.bewonersplein.content.Supporters;
import nl.bewonersplein.editorial.Redirects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What editors change in toolkits: the toolkit itself, its chapters and their articles
 * and their order, and its editions. Every change touches the toolkit (so its PDFs are
 * made anew) and is recorded as an {@link ToolkitChanged}.
 */
@Service
@Transactional
class ToolkitAdmin {

	private final ToolkitRepository toolkits;

	private final ToolkitChapterRepository chapters;

	private final ToolkitItemRepository items;

	private final Articles articles;

	private final Supporters supporters;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Redirects redirects;

	ToolkitAdmin(ToolkitRepository toolkits, ToolkitChapterRepository chapters, ToolkitItemRepository items,
			Articles articles, Supporters supporters, ApplicationEventPublisher events, Clock clock,
			Redirects redirects) {
		this.redirects = redirects;
		this.toolkits = toolkits;
		this.chapters = chapters;
		this.items = items;
		this.articles = articles;
		this.supporters = supporters;
		this.events = events;
		this.clock = clock;
	}

	long create(String slug, ToolkitForm form) {
		String unique = slug;
		for (int i = 2; this.toolkits.existsBySlug(unique); i++) {
			unique = slug + "-" + i;
		}
		Toolkit toolkit = new Toolkit(unique, this.clock.instant());
		describe(toolkit, form);
		this.toolkits.save(toolkit);
		audit("toolkit.created", toolkit);
		return toolkit.getId();
	}

	void update(long id, ToolkitForm form) {
		Toolkit toolkit = toolkit(id);
		describe(toolkit, form);
		audit("toolkit.updated", toolkit);
	}

	void publishEdition(long id, LocalDate today) {
		Toolkit toolkit = toolkit(id);
		toolkit.publishEdition(today, this.clock.instant());
		audit("toolkit.edition-published", toolkit, "edition " + toolkit.getEdition());
		this.events.publishEvent(new BookletWarmer.EditionPublished(toolkit.getSlug()));
	}

	void withdraw(long id) {
		Toolkit toolkit = toolkit(id);
		toolkit.withdraw(this.clock.instant());
		audit("toolkit.withdrawn", toolkit);
	}

	void delete(long id) {
		Toolkit toolkit = toolkit(id);
		if (toolkit.isPublished()) {
			// Its address answers 410 Gone from now on, with a Dutch page.
			this.redirects.gone("/toolkit/" + toolkit.getSlug());
		}
		this.toolkits.delete(toolkit);
		audit("toolkit.deleted", toolkit);
	}

	long addChapter(long toolkitId, ChapterForm form) {
		Toolkit toolkit = toolkit(toolkitId);
		int position = this.chapters.findByToolkitIdOrderByPositionAscIdAsc(toolkitId).size() + 1;
		ToolkitChapter chapter = this.chapters
			.save(new ToolkitChapter(toolkitId, form.title().strip(), intro(form), position));
		touch(toolkit, "toolkit.chapter-added", "chapter " + chapter.getId() + " \"" + chapter.getTitle() + "\"");
		return chapter.getId();
	}

	void updateChapter(long toolkitId, long chapterId, ChapterForm form) {
		ToolkitChapter chapter = chapter(toolkitId, chapterId);
		chapter.describe(form.title().strip(), intro(form));
		touch(toolkit(toolkitId), "toolkit.chapter-updated", "chapter " + chapterId);
	}

	void moveChapter(long toolkitId, long chapterId, int direction) {
		List<ToolkitChapter> siblings = new ArrayList<>(
				this.chapters.findByToolkitIdOrderByPositionAscIdAsc(toolkitId));
		int index = indexOf(siblings.stream().map(ToolkitChapter::getId).toList(), chapterId);
		int target = index + direction;
		if (target >= 0 && target < siblings.size()) {
			Collections.swap(siblings, index, target);
		}
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).setPosition(i + 1);
		}
		touch(toolkit(toolkitId), "toolkit.chapter-moved", "chapter " + chapterId);
	}

	void deleteChapter(long toolkitId, long chapterId) {
		ToolkitChapter chapter = chapter(toolkitId, chapterId);
		this.items.deleteAll(this.items.findByChapterIdOrderByPositionAscIdAsc(chapterId));
		this.chapters.delete(chapter);
		touch(toolkit(toolkitId), "toolkit.chapter-deleted",
				"chapter " + chapterId + " \"" + chapter.getTitle() + "\"");
	}

	/** Adds an article at the end of a chapter; false if the chapter already holds it. */
	boolean addArticle(long toolkitId, long chapterId, long articleId) {
		chapter(toolkitId, chapterId);
		if (!this.articles.exist(List.of(articleId))) {
			throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT);
		}
		List<ToolkitItem> present = this.items.findByChapterIdOrderByPositionAscIdAsc(chapterId);
		if (present.stream().anyMatch((item) -> item.getArticleId() == articleId)) {
			return false;
		}
		this.items.save(new ToolkitItem(chapterId, articleId, present.size() + 1));
		touch(toolkit(toolkitId), "toolkit.article-added", "article " + articleId + " in chapter " + chapterId);
		return true;
	}

	void moveArticle(long toolkitId, long itemId, int direction) {
		ToolkitItem item = item(toolkitId, itemId);
		List<ToolkitItem> siblings = new ArrayList<>(
				this.items.findByChapterIdOrderByPositionAscIdAsc(item.getChapterId()));
		int index = indexOf(siblings.stream().map(ToolkitItem::getId).toList(), itemId);
		int target = index + direction;
		if (target >= 0 && target < siblings.size()) {
			Collections.swap(siblings, index, target);
		}
		for (int i = 0; i < siblings.size(); i++) {
			siblings.get(i).setPosition(i + 1);
		}
		touch(toolkit(toolkitId), "toolkit.article-moved", "article " + item.getArticleId());
	}

	void removeArticle(long toolkitId, long itemId) {
		ToolkitItem item = item(toolkitId, itemId);
		this.items.delete(item);
		touch(toolkit(toolkitId), "toolkit.article-removed", "article " + item.getArticleId());
	}

	Toolkit toolkit(long id) {
		return this.toolkits.findById(id).orElseThrow(ToolkitController::notFound);
	}

	ToolkitChapter chapter(long toolkitId, long chapterId) {
		return this.chapters.findById(chapterId)
			.filter((chapter) -> chapter.getToolkitId() == toolkitId)
			.orElseThrow(ToolkitController::notFound);
	}

	ToolkitItem item(long toolkitId, long itemId) {
		ToolkitItem item = this.items.findById(itemId).orElseThrow(ToolkitController::notFound);
		chapter(toolkitId, item.getChapterId());
		return item;
	}

	private void describe(Toolkit toolkit, ToolkitForm form) {
		// Only supporters that exist are kept, in the order they were chosen.
		List<Long> supporterIds = this.supporters.existing(form.supporterIds());
		toolkit.describe(form.title().strip(), form.subtitle().strip(), form.intro().strip(), form.howItWorks().strip(),
				supporterIds, this.clock.instant());
		String image = ToolkitForm.blankToNull(form.coverImage());
		toolkit.cover(image, (image != null) ? ToolkitForm.blankToNull(form.coverAlt()) : null,
				(image != null) ? ToolkitForm.blankToNull(form.coverCaption()) : null);
	}

	private void touch(Toolkit toolkit, String action, String detail) {
		toolkit.touch(this.clock.instant());
		audit(action, toolkit, detail);
	}

	private void audit(String action, Toolkit toolkit) {
		audit(action, toolkit, "");
	}

	private void audit(String action, Toolkit toolkit, String detail) {
		this.events.publishEvent(
				new ToolkitChanged(action.substring("toolkit.".length()), toolkit.getId(), toolkit.getTitle(), detail));
	}

	private static String intro(ChapterForm form) {
		return blankIfNull(form.intro()).strip();
	}

	private static String blankIfNull(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static int indexOf(List<Long> ids, long id) {
		return ids.indexOf(id);
	}

	/** A URL slug from a title: lower case, ASCII letters and digits, hyphens. */
	static String slugOf(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "toolkit" : slug;
	}

}
