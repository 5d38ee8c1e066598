package nl.bewonersplein.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.DemoContent;
import nl.bewonersplein.site.DemoFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo network's news and knowledge articles, led by the
 * model page: the news that the toolkit "Betrokken Buurten tegen eenzaamheid" is online.
 * Written by the Bewonersplein team; runs once per database, after the themes and funders
 * and partners exist.
 */
@Component
@Order(21)
class ArticleDemo implements ApplicationRunner {

	/** Slug of the model page. */
	static final String LAUNCH = "toolkit-betrokken-buurten-online";

	/**
	 * The articles' texts, one file each, in the order they are added (the model page
	 * first).
	 */
	static final String ARTICLES = "content/articles/*.md";

	private final DemoContent demo;

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final SupporterRepository supporters;

	private final TransactionTemplate transaction;

	ArticleDemo(DemoContent demo, ArticleRepository articles, ThemeRepository themes, SupporterRepository supporters,
			TransactionTemplate transaction) {
		this.demo = demo;
		this.articles = articles;
		this.themes = themes;
		this.supporters = supporters;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("content-articles", () -> this.transaction.executeWithoutResult((status) -> load()));
	}

	private void load() {
		Article launch = null;
		for (DemoFiles.DemoFile file : DemoFiles.read(ARTICLES)) {
			Article article = add(ArticleKind.valueOf(file.field("kind")), file.field("slug"), file.field("title"),
					file.field("summary"), file.body(), file.field("date"), file.list("themes"));
			if (LAUNCH.equals(article.getSlug())) {
				launch = article;
			}
		}
		if (launch == null) {
			throw new IllegalStateException("The demo has no model page " + LAUNCH);
		}
		launch.setCallToAction("Naar de toolkit Betrokken Buurten", "/toolkit/betrokken-buurten");
		launch.getSupporters().addAll(this.supporters.findAll());
		// Editors pinned the two knowledge articles that fit the launch best.
		launch.getPins()
			.addAll(List.of("/kennis/zo-start-je-een-koffieochtend", "/kennis/buren-betrekken-die-je-nog-niet-kent"));
	}

	private Article add(ArticleKind kind, String slug, String title, String summary, String body, String date,
			List<String> themeSlugs) {
		var at = LocalDate.parse(date).atTime(LocalTime.of(10, 0)).atZone(Dates.ZONE).toInstant();
		Article article = new Article(kind, slug, title, summary, body, at);
		for (String theme : themeSlugs) {
			this.themes.findBySlug(theme).ifPresent(article.getThemes()::add);
		}
		article.publish(at);
		return this.articles.save(article);
	}

}
