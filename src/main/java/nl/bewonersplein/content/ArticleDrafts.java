package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates articles for other modules' demo loaders, such as the toolkit's chapters, so
 * that those articles live where every article lives: one body, one place to edit it.
 */
@Service
@Transactional
public class ArticleDrafts {

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final Clock clock;

	ArticleDrafts(ArticleRepository articles, ThemeRepository themes, Clock clock) {
		this.articles = articles;
		this.themes = themes;
		this.clock = clock;
	}

	/**
	 * Creates and publishes an article, filed under the themes with the given slugs
	 * (unknown slugs are skipped).
	 * @param publishedAt the publication moment, not after now
	 * @return the new article's id
	 */
	public long publish(ArticleKind kind, String slug, String title, String summary, String body,
			List<String> themeSlugs, Instant publishedAt) {
		Instant now = this.clock.instant();
		Article article = new Article(kind, slug, title, summary, body, now);
		themeSlugs.forEach((themeSlug) -> this.themes.findBySlug(themeSlug).ifPresent(article.getThemes()::add));
		article.publish(publishedAt.isAfter(now) ? now : publishedAt);
		return this.articles.save(article).getId();
	}

}
