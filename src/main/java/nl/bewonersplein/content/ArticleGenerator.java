package nl.bewonersplein.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.site.DemoContent;
import nl.bewonersplein.site.GeneratedContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds {@code articles:N} generated, published articles (news, explainers, positions,
 * stories and knowledge, one or two themes each, published over the last six years) for
 * benchmarks and scale tests; only when {@value GeneratedContent#PROPERTY} asks for them.
 * Runs once per database, after the demo content.
 */
@Component
@Order(900)
class ArticleGenerator implements ApplicationRunner {

	/** Kinds in proportion: mostly news and knowledge. */
	private static final List<ArticleKind> KINDS = List.of(ArticleKind.NEWS, ArticleKind.NEWS, ArticleKind.NEWS,
			ArticleKind.NEWS, ArticleKind.EXPLAINER, ArticleKind.POSITION, ArticleKind.STORY, ArticleKind.STORY,
			ArticleKind.KNOWLEDGE, ArticleKind.KNOWLEDGE, ArticleKind.KNOWLEDGE);

	private final GeneratedContent generated;

	private final DemoContent demo;

	private final JdbcTemplate jdbc;

	private final Themes themes;

	private final Clock clock;

	ArticleGenerator(GeneratedContent generated, DemoContent demo, JdbcTemplate jdbc, Themes themes, Clock clock) {
		this.generated = generated;
		this.demo = demo;
		this.jdbc = jdbc;
		this.themes = themes;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.generated.generateOnce("articles", this.demo, this::generate);
	}

	private void generate(int count) {
		GeneratedContent.Texts texts = this.generated.texts("articles");
		List<Long> themeIds = this.themes.options().stream().map(ThemeOption::id).toList();
		Instant now = this.clock.instant();
		List<Object[]> rows = new ArrayList<>(count);
		Map<String, List<Long>> themesOf = new HashMap<>();
		for (int n = 1; n <= count; n++) {
			GeneratedContent.Town town = texts.town();
			String title = texts.title(town);
			String slug = GeneratedContent.slug(title, n);
			Instant published = now.minus(Duration.ofMinutes(1 + texts.random().nextInt(6 * 365 * 24 * 60)));
			Timestamp at = Timestamp.from(published);
			rows.add(new Object[] { slug, texts.pick(KINDS).name(), title, texts.summary(town),
					texts.body(town, 3 + texts.random().nextInt(5)), at, at });
			if (!themeIds.isEmpty()) {
				long first = texts.pick(themeIds);
				long second = texts.pick(themeIds);
				themesOf.put(slug, (first == second) ? List.of(first) : List.of(first, second));
			}
		}
		GeneratedContent.insert(this.jdbc,
				"insert into article (slug, kind, title, summary, body, status, published_at, updated_at, version)"
						+ " values (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 0)",
				rows);
		List<Object[]> links = new ArrayList<>();
		this.jdbc.query("select id, slug from article", (row) -> {
			List<Long> ids = themesOf.get(row.getString(2));
			if (ids != null) {
				long id = row.getLong(1);
				ids.forEach((theme) -> links.add(new Object[] { id, theme }));
			}
		});
		GeneratedContent.insert(this.jdbc, "insert into article_theme (article_id, theme_id) values (?, ?)", links);
	}

}
