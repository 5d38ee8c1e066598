package nl.bewonersplein.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.Http;
import nl.bewonersplein.ScaleTest;
import nl.bewonersplein.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With many articles, events and member initiatives added by the bench generator (the
 * same one {@code BENCH_SCALE=large bench/run} uses, here at a smaller scale), every
 * public page still runs at most 10 SQL statements. In the {@link ScaleTest} context: the
 * page cache is off, so every measured request is a full render.
 */
@ScaleTest
class ScaleTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGeneratorAddedWhatItWasAskedFor() {
		assertThat(count("select count(*) from article where status = 'PUBLISHED'")).isGreaterThanOrEqualTo(300);
		assertThat(count("select count(*) from event")).isGreaterThanOrEqualTo(60);
		assertThat(count("select count(*) from member_initiative where status = 'PUBLISHED'"))
			.isGreaterThanOrEqualTo(150);
		assertThat(count("select count(*) from event where starts_at > current_timestamp")).isGreaterThan(5);
		assertThat(count("select count(*) from article_theme")).isGreaterThanOrEqualTo(300);
		assertThat(count("select count(*) from search_document")).as("indexed at start").isGreaterThan(500);
	}

	@Test
	void everyPublicPageRunsAtMostTenStatementsWithManyItems() {
		String event = this.jdbc.queryForObject("select slug from event where status = 'PUBLISHED'"
				+ " and starts_at > current_timestamp order by id desc limit 1", String.class);
		String member = this.jdbc.queryForObject(
				"select slug from member_initiative where status = 'PUBLISHED' order by id desc limit 1", String.class);
		String theme = this.jdbc.queryForObject("select t.slug from theme t join article_theme a on a.theme_id = t.id"
				+ " group by t.slug order by count(*) desc limit 1", String.class);
		Http http = new Http(this.port);
		List<String> over = new ArrayList<>();
		for (String path : List.of("/", "/nieuws/toolkit-betrokken-buurten-online", "/nieuws", "/nieuws?pagina=2",
				"/kennis", "/toolkit/betrokken-buurten/begin-bij-je-eigen-portiek", "/thema/" + theme, "/agenda",
				"/agenda/afgelopen", "/agenda/" + event, "/leden", "/leden/" + member, "/leden/kaart", "/bestellen",
				"/zoeken?q=buurt", "/zoeken?q=moestuin+zwolle", "/over-ons", "/nieuws/feed.rss", "/leden?pagina=2",
				"/agenda?regio=oost", "/thema")) {
			SqlStatements.Measured page = SqlStatements.warm(http, path);
			// For the record (bench/README): what each page costs at this scale.
			System.out.printf("[scale] %-60s %3d statements%n", path, page.statements());
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.statements()).as("statements for " + path).isPositive();
			if (page.statements() > 10) {
				over.add(path + ": " + page.statements());
			}
		}
		assertThat(over).as("pages over the budget of 10 statements").isEmpty();
	}

	@Test
	void theKnowledgeBaseShowsEachThemesNewestArticlesAndLinksToAllOfThem() {
		Map<String, Object> fullest = this.jdbc.queryForMap("select t.slug, t.title, count(*) as total from theme t"
				+ " join article_theme at on at.theme_id = t.id join article a on a.id = at.article_id"
				+ " where a.kind = 'KNOWLEDGE' and a.status = 'PUBLISHED' and a.published_at <= current_timestamp"
				+ " and t.published = true group by t.slug, t.title order by total desc limit 1");
		String newest = this.jdbc.queryForObject("select a.slug from article a join article_theme at"
				+ " on at.article_id = a.id join theme t on t.id = at.theme_id where t.slug = ? and a.kind = 'KNOWLEDGE'"
				+ " and a.status = 'PUBLISHED' and a.published_at <= current_timestamp"
				+ " order by a.published_at desc, a.id desc limit 1", String.class, fullest.get("slug"));
		long total = ((Number) fullest.get("total")).longValue();
		assertThat(total).as("knowledge articles in the fullest theme").isGreaterThan(6);

		String page = new Http(this.port).get("/kennis").body();
		int start = page.indexOf("<h2 id=\"thema-" + fullest.get("slug") + "\">");
		assertThat(start).isPositive();
		String shelf = page.substring(start, page.indexOf("</section>", start));
		assertThat(shelf.split("<li class=\"card").length - 1).as("cards on the shelf").isEqualTo(6);
		assertThat(shelf).contains("href=\"/kennis/" + newest + "\"")
			.contains("Alle " + total + " artikelen over " + fullest.get("title"));
	}

	@Test
	void theSitemapDoesNotGrowWithTheNumberOfItems() {
		// Not a page, but held to the same budget: each module reads its entries' paths
		// and dates with one or two statements, whatever the number of items.
		SqlStatements.Measured sitemap = SqlStatements.warm(new Http(this.port), "/sitemap.xml");
		System.out.printf("[scale] %-60s %3d statements%n", "/sitemap.xml", sitemap.statements());
		assertThat(sitemap.status()).isEqualTo(200);
		assertThat(sitemap.body()).contains("/leden/", "/agenda/", "/nieuws/");
		assertThat(sitemap.statements()).isPositive().isLessThanOrEqualTo(10);
	}

	@Test
	void theCountsOfTheGeneratorAreReadFromTheProperty() {
		assertThat(GeneratedContent.parse("articles:10000, events:1000,initiatives:3000,bad:x,empty"))
			.isEqualTo(Map.of("articles", 10000, "events", 1000, "initiatives", 3000));
		assertThat(GeneratedContent.parse("")).isEmpty();
		assertThat(GeneratedContent.slug("Bewoners in Zwolle starten een repaircafé", 7))
			.isEqualTo("bewoners-in-zwolle-starten-een-repaircafe-7");
	}

	private long count(String sql) {
		Long value = this.jdbc.queryForObject(sql, Long.class);
		return (value != null) ? value : 0;
	}

}
