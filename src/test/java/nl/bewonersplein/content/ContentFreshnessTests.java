package nl.bewonersplein.content;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.CachedSiteTest;
import nl.bewonersplein.Http;
import nl.bewonersplein.SqlStatements;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * With the page cache on, as in production: an editor changes an article in the admin and
 * the very next anonymous request of every page that shows it has the new text, although
 * each of those pages was served from the cache just before.
 */
@CachedSiteTest
class ContentFreshnessTests {

	static final String SLUG = "versheid-van-paginas";

	static final String OLD = "Versheidstitel eerste versie";

	static final String NEW = "Versheidstitel tweede versie";

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	MockMvc mvc;

	String edit;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() throws Exception {
		if (this.edit != null) {
			perform(post(this.edit + "/verwijderen"));
		}
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html"))
			.andReturn();
	}

	MockHttpServletRequestBuilder article(String path, String title, long themeId) {
		return post(path).param("kind", "NEWS")
			.param("slug", SLUG)
			.param("title", title)
			.param("summary", "Of een wijziging meteen overal te zien is.")
			.param("body", "Tekst over versheid.")
			.param("themes", String.valueOf(themeId));
	}

	@Test
	void anEditedArticleShowsOnTheVeryNextRequestOfEveryPageThatShowsIt() throws Exception {
		long themeId = this.jdbc.queryForObject("select min(id) from theme where published = true", Long.class);
		String themeSlug = this.jdbc.queryForObject("select slug from theme where id = ?", String.class, themeId);
		MvcResult created = perform(article("/admin/artikelen", OLD, themeId));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		this.edit = created.getResponse().getRedirectedUrl();
		perform(post("/admin/artikelen/publicatie").param("id", this.edit.substring(this.edit.lastIndexOf('/') + 1))
			.param("actie", "publiceren"));

		Http visitor = new Http(this.port);
		List<String> pages = new ArrayList<>(List.of("/nieuws/" + SLUG, "/nieuws", "/", "/nieuws/feed.rss",
				"/nieuws/feed.atom", "/thema/" + themeSlug, "/thema/" + themeSlug + "/feed.rss"));
		pages.add(relatedPageShowing(visitor, themeId));
		for (String page : pages) {
			assertThat(visitor.get(page).body()).as(page).contains(OLD);
			SqlStatements.Measured again = SqlStatements.get(visitor, page);
			assertThat(again.body()).as(page).contains(OLD);
			assertThat(again.statements()).as("served from the cache: " + page).isZero();
		}

		long version = this.articles.findBySlug(SLUG).orElseThrow().getVersion();
		MvcResult changed = perform(article(this.edit, NEW, themeId).param("version", String.valueOf(version)));
		assertThat(changed.getResponse().getStatus()).isEqualTo(302);

		for (String page : pages) {
			String body = visitor.get(page).body();
			assertThat(body).as("the very next request of " + page).contains(NEW).doesNotContain(OLD);
		}
		assertNewsCountAndYears(visitor, themeSlug);

		perform(post("/admin/artikelen/publicatie").param("id", this.edit.substring(this.edit.lastIndexOf('/') + 1))
			.param("actie", "offline"));
		for (String page : List.of("/nieuws", "/nieuws?soort=nieuws", "/nieuws?thema=" + themeSlug)) {
			assertThat(visitor.get(page).body()).as("the very next request of " + page).doesNotContain(NEW);
		}
		assertNewsCountAndYears(visitor, themeSlug);
	}

	/** The news list's page count and year links are those of the published news now. */
	private void assertNewsCountAndYears(Http visitor, String themeSlug) {
		String where = " from article a where a.status = 'PUBLISHED' and a.kind <> 'KNOWLEDGE' and a.published_at <= ?";
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		long count = this.jdbc.queryForObject("select count(*)" + where, Long.class, now);
		long inTheme = this.jdbc.queryForObject("select count(*)" + where
				+ " and exists (select 1 from article_theme t join theme th on th.id = t.theme_id"
				+ " where t.article_id = a.id and th.slug = ?)", Long.class, now, themeSlug);
		java.sql.Timestamp oldest = this.jdbc.queryForObject("select min(a.published_at)" + where,
				java.sql.Timestamp.class, now);
		int oldestYear = oldest.toInstant().atZone(nl.bewonersplein.shared.Dates.ZONE).getYear();
		String all = visitor.get("/nieuws").body();
		assertThat(all).contains("/nieuws?jaar=" + oldestYear).doesNotContain("/nieuws?jaar=" + (oldestYear - 1));
		assertPages(all, count);
		assertPages(visitor.get("/nieuws?thema=" + themeSlug).body(), inTheme);
	}

	private static void assertPages(String body, long count) {
		long pages = (count + 9) / 10;
		if (pages > 1) {
			assertThat(body).contains("Pagina 1 van " + pages);
		}
		else {
			assertThat(body).doesNotContain("Pagina 1 van");
		}
	}

	/** Another article of the theme whose related block shows ours. */
	private String relatedPageShowing(Http visitor, long themeId) {
		List<String> others = this.jdbc.queryForList("select a.slug from article a join article_theme t"
				+ " on t.article_id = a.id where t.theme_id = ? and a.slug <> ? and a.status = 'PUBLISHED'"
				+ " and a.kind = 'NEWS'", String.class, themeId, SLUG);
		for (String other : others) {
			String path = "/nieuws/" + other;
			if (visitor.get(path).body().contains(OLD)) {
				return path;
			}
		}
		throw new AssertionError("no article of theme " + themeId + " shows ours in its related block");
	}

}
