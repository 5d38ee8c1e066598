package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ArticleChoices;
import nl.bewonersplein.content.Supporters;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the editor's view of a toolkit. */
@Component
@Transactional(readOnly = true)
class ToolkitAdminPages {

	private final ToolkitAdmin admin;

	private final ToolkitChapterRepository chapters;

	private final ToolkitItemRepository items;

	private final ArticleChoices choices;

	private final Supporters supporters;

	private final MessageSource messages;

	ToolkitAdminPages(ToolkitAdmin admin, ToolkitChapterRepository chapters, ToolkitItemRepository items,
			ArticleChoices choices, Supporters supporters, MessageSource messages) {
		this.admin = admin;
		this.chapters = chapters;
		this.items = items;
		this.choices = choices;
		this.supporters = supporters;
		this.messages = messages;
	}

	ToolkitAdminPage page(long id, ToolkitForm form, FormErrors errors, FormErrors chapterErrors, Locale locale) {
		Toolkit toolkit = this.admin.toolkit(id);
		List<ArticleChoices.Choice> all = this.choices.all();
		Map<Long, ArticleChoices.Choice> byId = all.stream()
			.collect(Collectors.toMap(ArticleChoices.Choice::id, Function.identity()));
		List<ToolkitChapter> chapterList = this.chapters.findByToolkitIdOrderByPositionAscIdAsc(id);
		List<ToolkitItem> itemList = chapterList.isEmpty() ? List.of() : this.items
			.findByChapterIdInOrderByPositionAscIdAsc(chapterList.stream().map(ToolkitChapter::getId).toList());
		List<ToolkitAdminPage.ChapterRow> rows = new ArrayList<>();
		for (int t = 0; t < chapterList.size(); t++) {
			ToolkitChapter chapter = chapterList.get(t);
			List<ToolkitItem> own = itemList.stream().filter((item) -> item.getChapterId() == chapter.getId()).toList();
			List<ToolkitAdminPage.ItemRow> articleRows = new ArrayList<>();
			for (int i = 0; i < own.size(); i++) {
				ArticleChoices.Choice article = byId.get(own.get(i).getArticleId());
				articleRows.add(new ToolkitAdminPage.ItemRow(own.get(i).getId(),
						(article != null) ? article.title() : text("toolkit.admin.article.gone", locale),
						article != null && article.published(), i == 0, i == own.size() - 1));
			}
			rows.add(new ToolkitAdminPage.ChapterRow(chapter.getId(), chapter.getTitle(), chapter.getIntro(), t == 0,
					t == chapterList.size() - 1, articleRows));
		}
		List<ToolkitAdminPage.Choice> options = all.stream()
			.map((choice) -> new ToolkitAdminPage.Choice(choice.id(),
					choice.title() + " (" + text(choice.kind().labelKey(), locale)
							+ (choice.published() ? "" : ", " + text("toolkit.admin.draft", locale)) + ")"))
			.toList();
		ToolkitForm shown = (form != null) ? form : ToolkitForm.of(toolkit);
		String editionDate = (toolkit.getEditionDate() != null)
				? Dates.shortDate(toolkit.getEditionDate().atStartOfDay(Dates.ZONE).toInstant()) : "";
		return new ToolkitAdminPage(id, toolkit.getTitle(), toolkit.isPublished(), toolkit.getEdition(), editionDate,
				ToolkitController.href(toolkit), shown, errors, chapterErrors, rows, options,
				supporterOptions(shown, locale));
	}

	/** The funders and partners to choose from, those in {@code form} marked. */
	List<Link> supporterOptions(ToolkitForm form, Locale locale) {
		java.util.Set<Long> chosen = new java.util.HashSet<>(form.supporterIds());
		return this.supporters.choices()
			.stream()
			.map((choice) -> new Link(
					choice.name() + " ("
							+ text(choice.funder() ? "toolkit.admin.supporter.funder"
									: "toolkit.admin.supporter.partner", locale)
							+ ")",
					String.valueOf(choice.id()), chosen.contains(choice.id())))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
