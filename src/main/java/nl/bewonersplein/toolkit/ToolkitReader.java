package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.Articles;
import nl.bewonersplein.content.Supporters;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a toolkit with its chapters, published articles and supporters in six statements,
 * whatever its size.
 */
@Service
@Transactional(readOnly = true)
class ToolkitReader {

	private final ToolkitRepository toolkits;

	private final ToolkitChapterRepository chapters;

	private final ToolkitItemRepository items;

	private final Articles articles;

	private final Supporters supporters;

	ToolkitReader(ToolkitRepository toolkits, ToolkitChapterRepository chapters, ToolkitItemRepository items,
			Articles articles, Supporters supporters) {
		this.toolkits = toolkits;
		this.chapters = chapters;
		this.items = items;
		this.articles = articles;
		this.supporters = supporters;
	}

	/** The published toolkit with this slug. */
	Optional<ToolkitTree> published(String slug) {
		return this.toolkits.findBySlug(slug).filter(Toolkit::isPublished).map(this::tree);
	}

	List<Toolkit> publishedToolkits() {
		return this.toolkits.findByStatusOrderByTitleAsc(Toolkit.Status.PUBLISHED);
	}

	ToolkitTree tree(Toolkit toolkit) {
		List<ToolkitChapter> chapterList = this.chapters.findByToolkitIdOrderByPositionAscIdAsc(toolkit.getId());
		if (chapterList.isEmpty()) {
			return new ToolkitTree(toolkit, List.of(), this.supporters.views(toolkit.getSupporterIds()));
		}
		List<ToolkitItem> itemList = this.items
			.findByChapterIdInOrderByPositionAscIdAsc(chapterList.stream().map(ToolkitChapter::getId).toList());
		List<Long> ids = itemList.stream().map(ToolkitItem::getArticleId).distinct().toList();
		Map<Long, ArticleContent> found = ids.isEmpty() ? Map.of()
				: this.articles.published(ids)
					.stream()
					.collect(Collectors.toMap(ArticleContent::id, Function.identity()));
		List<ToolkitTree.Chapter> chapters = new ArrayList<>();
		for (ToolkitChapter chapter : chapterList) {
			List<ArticleContent> content = itemList.stream()
				.filter((item) -> item.getChapterId() == chapter.getId())
				.map((item) -> found.get(item.getArticleId()))
				.filter((article) -> article != null)
				.toList();
			chapters.add(new ToolkitTree.Chapter(chapter, content));
		}
		return new ToolkitTree(toolkit, chapters, this.supporters.views(toolkit.getSupporterIds()));
	}

}
