package nl.bewonersplein.toolkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.SupporterView;

/**
 * A toolkit with its chapters and their published articles in reading order: what a
 * reader sees and what goes into a PDF.
 *
 * @param toolkit the toolkit
 * @param chapters its chapters in order, each with its published articles
 * @param supporters the funders and partners it thanks, in order
 */
record ToolkitTree(Toolkit toolkit, List<Chapter> chapters, List<SupporterView> supporters) {

	/**
	 * One chapter with its articles.
	 *
	 * @param entity the chapter as stored
	 * @param articles its published articles in order
	 */
	record Chapter(ToolkitChapter entity, List<ArticleContent> articles) {

		String anchor() {
			return "hoofdstuk-" + this.entity.getId();
		}

		long id() {
			return this.entity.getId();
		}

		String title() {
			return this.entity.getTitle();
		}

		String intro() {
			return this.entity.getIntro();
		}

		int position() {
			return this.entity.getPosition();
		}

	}

	/**
	 * One step of the reading route.
	 *
	 * @param chapter the chapter it is in
	 * @param article the article
	 * @param number its number on the route, from 1
	 */
	record Step(Chapter chapter, ArticleContent article, int number) {

	}

	/** Every article in reading order. */
	List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		for (Chapter chapter : this.chapters) {
			for (ArticleContent article : chapter.articles()) {
				steps.add(new Step(chapter, article, steps.size() + 1));
			}
		}
		return steps;
	}

	/** The funders it thanks. */
	List<SupporterView> funders() {
		return this.supporters.stream().filter(SupporterView::funder).toList();
	}

	/** The partners it thanks. */
	List<SupporterView> partners() {
		return this.supporters.stream().filter((supporter) -> !supporter.funder()).toList();
	}

	Optional<Step> step(String articleSlug) {
		return steps().stream().filter((step) -> step.article().slug().equals(articleSlug)).findFirst();
	}

	Optional<Chapter> chapter(long chapterId) {
		return this.chapters.stream().filter((chapter) -> chapter.id() == chapterId).findFirst();
	}

	/**
	 * A fingerprint of everything a PDF of this toolkit shows: the toolkit (its version
	 * changes with every edit and edition), the chapters with their texts and order,
	 * every included article with its last change, and the funders and partners it
	 * thanks. Any change gives another key.
	 */
	String fingerprint() {
		StringBuilder all = new StringBuilder();
		all.append(this.toolkit.getId())
			.append('|')
			.append(this.toolkit.getVersion())
			.append('|')
			.append(this.toolkit.getUpdatedAt())
			.append('|')
			.append(this.toolkit.getEdition());
		for (Chapter chapter : this.chapters) {
			all.append("|T").append(chapter.id()).append(':').append(chapter.title());
			all.append(':').append(chapter.intro());
			for (ArticleContent article : chapter.articles()) {
				all.append("|A").append(article.id()).append(':').append(article.updatedAt());
			}
		}
		for (SupporterView supporter : this.supporters) {
			all.append("|S").append(supporter.name()).append(':').append(supporter.url()).append(':');
			all.append(supporter.funder());
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
