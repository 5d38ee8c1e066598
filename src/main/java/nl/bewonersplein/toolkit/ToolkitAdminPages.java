package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ArticleChoices;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the editor's view of a toolkit. */
@Component
@Transactional(readOnly = true)
class ToolkitAdminPages {

	private final ToolkitAdmin admin;

	private final ToolkitThemeRepository themes;

	private final ToolkitItemRepository items;

	private final ArticleChoices choices;

	private final MessageSource messages;

	ToolkitAdminPages(ToolkitAdmin admin, ToolkitThemeRepository themes, ToolkitItemRepository items,
			ArticleChoices choices, MessageSource messages) {
		this.admin = admin;
		this.themes = themes;
		this.items = items;
		this.choices = choices;
		this.messages = messages;
	}

	ToolkitAdminPage page(long id, ToolkitForm form, FormErrors errors, FormErrors themeErrors, Locale locale) {
		Toolkit toolkit = this.admin.toolkit(id);
		List<ArticleChoices.Choice> all = this.choices.all();
		Map<Long, ArticleChoices.Choice> byId = all.stream()
			.collect(Collectors.toMap(ArticleChoices.Choice::id, Function.identity()));
		List<ToolkitTheme> themeList = this.themes.findByToolkitIdOrderByPositionAscIdAsc(id);
		List<ToolkitItem> itemList = themeList.isEmpty() ? List.of() : this.items
			.findByThemeIdInOrderByPositionAscIdAsc(themeList.stream().map(ToolkitTheme::getId).toList());
		List<ToolkitAdminPage.ThemeRow> rows = new ArrayList<>();
		for (int t = 0; t < themeList.size(); t++) {
			ToolkitTheme theme = themeList.get(t);
			List<ToolkitItem> own = itemList.stream().filter((item) -> item.getThemeId() == theme.getId()).toList();
			List<ToolkitAdminPage.ItemRow> articleRows = new ArrayList<>();
			for (int i = 0; i < own.size(); i++) {
				ArticleChoices.Choice article = byId.get(own.get(i).getArticleId());
				articleRows.add(new ToolkitAdminPage.ItemRow(own.get(i).getId(),
						(article != null) ? article.title() : text("toolkit.admin.article.gone", locale),
						article != null && article.published(), i == 0, i == own.size() - 1));
			}
			rows.add(new ToolkitAdminPage.ThemeRow(theme.getId(), theme.getTitle(), theme.getIntro(), t == 0,
					t == themeList.size() - 1, articleRows));
		}
		List<ToolkitAdminPage.Choice> options = all.stream()
			.map((choice) -> new ToolkitAdminPage.Choice(choice.id(),
					choice.title() + " (" + text(choice.kind().labelKey(), locale)
							+ (choice.published() ? "" : ", " + text("toolkit.admin.draft", locale)) + ")"))
			.toList();
		String editionDate = (toolkit.getEditionDate() != null)
				? Dates.shortDate(toolkit.getEditionDate().atStartOfDay(Dates.ZONE).toInstant()) : "";
		return new ToolkitAdminPage(id, toolkit.getTitle(), toolkit.isPublished(), toolkit.getEdition(), editionDate,
				ToolkitController.href(toolkit), (form != null) ? form : ToolkitForm.of(toolkit), errors, themeErrors,
				rows, options);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
