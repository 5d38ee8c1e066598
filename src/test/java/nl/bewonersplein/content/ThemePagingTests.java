package nl.bewonersplein.content;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A theme page lists its articles a page at a time, with newer/older links, the page
 * number and a canonical link of its own page.
 */
@SiteTest
class ThemePagingTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	final List<String> created = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() throws Exception {
		for (String edit : this.created) {
			editor(post(edit + "/verwijderen"));
		}
	}

	MvcResult editor(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html"))
			.andReturn();
	}

	String visit(String path, int status) throws Exception {
		MvcResult result = this.mvc.perform(get(path).accept("text/html")).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
		return result.getResponse().getContentAsString();
	}

	private static String newsSection(String html) {
		int start = html.indexOf("id=\"thema-nieuws\"");
		return html.substring(start, html.indexOf("</section>", start));
	}

	@Test
	void aThemeWithManyArticlesIsPaged() throws Exception {
		long themeId = this.jdbc.queryForObject("select min(id) from theme where published = true", Long.class);
		String slug = this.jdbc.queryForObject("select slug from theme where id = ?", String.class, themeId);
		for (int i = 1; i <= 11; i++) {
			MvcResult made = editor(post("/admin/artikelen").param("kind", "NEWS")
				.param("slug", "thema-pagina-" + i)
				.param("title", "Themapaginatest " + i + " klaar")
				.param("summary", "Een van de artikelen om het bladeren te testen.")
				.param("body", "Tekst.")
				.param("themes", String.valueOf(themeId)));
			assertThat(made.getResponse().getStatus()).isEqualTo(302);
			String edit = made.getResponse().getRedirectedUrl();
			this.created.add(edit);
			editor(post("/admin/artikelen/publicatie").param("id", edit.substring(edit.lastIndexOf('/') + 1))
				.param("actie", "publiceren"));
		}
		String where = " from article a join article_theme t on t.article_id = a.id where t.theme_id = ?"
				+ " and a.status = 'PUBLISHED' and a.kind ";
		long news = this.jdbc.queryForObject("select count(*)" + where + "<> 'KNOWLEDGE'", Long.class, themeId);
		long knowledge = this.jdbc.queryForObject("select count(*)" + where + "= 'KNOWLEDGE'", Long.class, themeId);
		long pages = (Math.max(news, knowledge) + 9) / 10;
		String base = "/thema/" + slug;

		String first = visit(base, 200);
		assertThat(first).contains("Pagina 1 van " + pages, "rel=\"next\"", "Oudere artikelen",
				"href=\"" + base + "?pagina=2\" rel=\"next\"", "Themapaginatest 11 klaar", "Themapaginatest 2 klaar")
			.doesNotContain("rel=\"prev\"", "Themapaginatest 1 klaar");
		assertThat(first).containsPattern("<link rel=\"canonical\" href=\"[^\"]*" + base + "\">");
		assertThat(newsSection(first).split("<h3><a href=", -1).length - 1).as("news items on page 1").isEqualTo(10);

		String second = visit(base + "?pagina=2", 200);
		assertThat(second)
			.contains("Pagina 2 van " + pages, "href=\"" + base + "\" rel=\"prev\"", "Nieuwere artikelen",
					"Themapaginatest 1 klaar")
			.doesNotContain("Themapaginatest 11 klaar");
		assertThat(second).containsPattern("<link rel=\"canonical\" href=\"[^\"]*" + base + "\\?pagina=2\">");

		String last = visit(base + "?pagina=" + pages, 200);
		assertThat(last).doesNotContain("rel=\"next\"");
		visit(base + "?pagina=" + (pages + 1), 404);
	}

}
