package nl.bewonersplein.toolkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import nl.bewonersplein.content.ArticleContent;

/**
 * A toolkit with its themes and their published articles in reading order: what a reader
 * sees and what goes into a PDF.
 *
 * @param toolkit the toolkit
 * @param chapters its themes in order, each with its published articles
 */
record ToolkitTree(Toolkit toolkit, List<Chapter> chapters) {

	/**
	 * One theme with its articles.
	 *
	 * @param theme the theme
	 * @param articles its published articles in order
	 */
	record Chapter(ToolkitTheme theme, List<ArticleContent> articles) {

		String anchor() {
			return "thema-" + this.theme.getId();
		}

	}

	/**
	 * One step of the reading route.
	 *
	 * @param chapter the theme it is in
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

	Optional<Step> step(String articleSlug) {
		return steps().stream().filter((step) -> step.article().slug().equals(articleSlug)).findFirst();
	}

	Optional<Chapter> chapter(long themeId) {
		return this.chapters.stream().filter((chapter) -> chapter.theme().getId() == themeId).findFirst();
	}

	/**
	 * A fingerprint of everything a PDF of this toolkit shows: the toolkit (its version
	 * changes with every edit and edition), the themes with their texts and order, and
	 * every included article with its last change. Any change gives another key.
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
			all.append("|T").append(chapter.theme().getId()).append(':').append(chapter.theme().getTitle());
			all.append(':').append(chapter.theme().getIntro());
			for (ArticleContent article : chapter.articles()) {
				all.append("|A").append(article.id()).append(':').append(article.updatedAt());
			}
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
