package nl.bewonersplein.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
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
@ConditionalOnBooleanProperty(name = "bewonersplein.demo-content.enabled", matchIfMissing = true)
class ArticleDemo implements ApplicationRunner {

	/** Slug of the model page. */
	static final String LAUNCH = "toolkit-betrokken-buurten-online";

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
		Article launch = add(ArticleKind.NEWS, LAUNCH, "De toolkit Betrokken Buurten tegen eenzaamheid staat online",
				"Twee jaar lang probeerden bewoners en hun coaches uit wat werkt om buren met elkaar in contact te "
						+ "brengen. Alles wat ze leerden staat nu in één toolkit, gratis en voor iedereen.",
				DemoTexts.LAUNCH, "2026-11-24", "eenzaamheid-verminderen", "zelfbeheer");
		launch.setCallToAction("Naar de toolkit Betrokken Buurten", "/toolkit/betrokken-buurten");
		launch.getSupporters().addAll(this.supporters.findAll());

		for (String[] item : DemoTexts.NEWS) {
			add(ArticleKind.valueOf(item[0]), item[1], item[2], item[3], item[4], item[5],
					Arrays.copyOfRange(item, 6, item.length));
		}
		for (String[] item : DemoTexts.KNOWLEDGE) {
			add(ArticleKind.KNOWLEDGE, item[0], item[1], item[2], item[3], item[4],
					Arrays.copyOfRange(item, 5, item.length));
		}
		// Editors pinned the two knowledge articles that fit the launch best.
		launch.getPins()
			.addAll(List.of("/kennis/zo-start-je-een-koffieochtend", "/kennis/buren-betrekken-die-je-nog-niet-kent"));
	}

	private Article add(ArticleKind kind, String slug, String title, String summary, String body, String date,
			String... themeSlugs) {
		var at = LocalDate.parse(date).atTime(LocalTime.of(10, 0)).atZone(Dates.ZONE).toInstant();
		Article article = new Article(kind, slug, title, summary, body, at);
		for (String theme : themeSlugs) {
			this.themes.findBySlug(theme).ifPresent(article.getThemes()::add);
		}
		article.publish(at);
		return this.articles.save(article);
	}

}
