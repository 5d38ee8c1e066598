package nl.bewonersplein.content;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.bewonersplein.media.BodyRenderer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to published articles for other modules. */
@Service
@Transactional(readOnly = true)
public class Articles {

	private final ArticleRepository articles;

	private final BodyRenderer bodies;

	private final Clock clock;

	Articles(ArticleRepository articles, BodyRenderer bodies, Clock clock) {
		this.articles = articles;
		this.bodies = bodies;
		this.clock = clock;
	}

	/** The published ones among the given articles, in the order of {@code ids}. */
	public List<ArticleContent> published(List<Long> ids) {
		Map<Long, Article> found = this.articles.findByIdIn(ids)
			.stream()
			.filter((article) -> article.isPublished(this.clock.instant()))
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		return ids.stream().map(found::get).filter(Objects::nonNull).map(this::content).toList();
	}

	/** Whether all of the given ids are articles (published or not). */
	public boolean exist(Collection<Long> ids) {
		return this.articles.findByIdIn(ids).size() == ids.stream().distinct().count();
	}

	ArticleContent content(Article article) {
		return new ArticleContent(article.getId(), article.getSlug(), article.getKind(), article.getTitle(),
				article.getSummary(), this.bodies.toHtml(article.getBody()), this.bodies.toXhtml(article.getBody()),
				article.getImagePath(), article.getImageAlt(), article.getImageCaption(), article.getPublishedAt(),
				article.getUpdatedAt(), article.getUrl());
	}

}
