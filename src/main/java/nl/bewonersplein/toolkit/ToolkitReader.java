package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.Articles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a toolkit with its themes and published articles in four statements, whatever its
 * size.
 */
@Service
@Transactional(readOnly = true)
class ToolkitReader {

	private final ToolkitRepository toolkits;

	private final ToolkitThemeRepository themes;

	private final ToolkitItemRepository items;

	private final Articles articles;

	ToolkitReader(ToolkitRepository toolkits, ToolkitThemeRepository themes, ToolkitItemRepository items,
			Articles articles) {
		this.toolkits = toolkits;
		this.themes = themes;
		this.items = items;
		this.articles = articles;
	}

	/** The published toolkit with this slug. */
	Optional<ToolkitTree> published(String slug) {
		return this.toolkits.findBySlug(slug).filter(Toolkit::isPublished).map(this::tree);
	}

	List<Toolkit> publishedToolkits() {
		return this.toolkits.findByStatusOrderByTitleAsc(Toolkit.Status.PUBLISHED);
	}

	ToolkitTree tree(Toolkit toolkit) {
		List<ToolkitTheme> themeList = this.themes.findByToolkitIdOrderByPositionAscIdAsc(toolkit.getId());
		if (themeList.isEmpty()) {
			return new ToolkitTree(toolkit, List.of());
		}
		List<ToolkitItem> itemList = this.items
			.findByThemeIdInOrderByPositionAscIdAsc(themeList.stream().map(ToolkitTheme::getId).toList());
		List<Long> ids = itemList.stream().map(ToolkitItem::getArticleId).distinct().toList();
		Map<Long, ArticleContent> found = ids.isEmpty() ? Map.of()
				: this.articles.published(ids)
					.stream()
					.collect(Collectors.toMap(ArticleContent::id, Function.identity()));
		List<ToolkitTree.Chapter> chapters = new ArrayList<>();
		for (ToolkitTheme theme : themeList) {
			List<ArticleContent> content = itemList.stream()
				.filter((item) -> item.getThemeId() == theme.getId())
				.map((item) -> found.get(item.getArticleId()))
				.filter((article) -> article != null)
				.toList();
			chapters.add(new ToolkitTree.Chapter(theme, content));
		}
		return new ToolkitTree(toolkit, chapters);
	}

}
