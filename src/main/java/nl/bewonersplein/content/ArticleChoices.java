package nl.bewonersplein.content;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every article as a short choice, for pickers in other modules' admin pages. */
@Service
@Transactional(readOnly = true)
public class ArticleChoices {

	private final ArticleRepository articles;

	ArticleChoices(ArticleRepository articles) {
		this.articles = articles;
	}

	/** All articles, by title. */
	public List<Choice> all() {
		return this.articles.findAll()
			.stream()
			.map((article) -> new Choice(article.getId(), article.getTitle(), article.getKind(),
					article.getStatus() == Article.Status.PUBLISHED))
			.sorted(Comparator.comparing(Choice::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * An article to choose.
	 *
	 * @param id its id
	 * @param title its title
	 * @param kind its type
	 * @param published whether it is published
	 */
	public record Choice(long id, String title, ArticleKind kind, boolean published) {

	}

}
