package nl.bewonersplein.content;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.Audited;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
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
 * What an editor does in the content admin: write, preview, publish, rename, unpublish
 * and delete articles, themes, pages and organisations; and what visitors then see.
 */
@SiteTest
@RecordApplicationEvents
class ContentAdminTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Http http;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.http = new Http(this.port);
	}

	MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html");
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(asEditor(request)).andReturn();
	}

	@Test
	void anEditorWritesPreviewsPublishesRenamesAndDeletesAnArticle() throws Exception {
		MvcResult preview = perform(post("/admin/artikelen").param("kind", "NEWS")
			.param("slug", "buurtfeest-in-wezep")
			.param("title", "Buurtfeest in Wezep")
			.param("summary", "Een feest voor de hele straat.")
			.param("body", "## Programma\n\nhttps://vimeo.com/76979871")
			.param("voorbeeld", "1"));
		assertThat(preview.getResponse().getStatus()).isEqualTo(200);
		assertThat(preview.getResponse().getContentAsString()).contains("<h2>Programma</h2>", "player.vimeo.com",
				"value=\"Buurtfeest in Wezep\"");
		assertThat(this.articles.findBySlug("buurtfeest-in-wezep")).as("a preview saves nothing").isEmpty();

		MvcResult created = perform(post("/admin/artikelen").param("kind", "NEWS")
			.param("slug", "buurtfeest-in-wezep")
			.param("title", "Buurtfeest in Wezep")
			.param("summary", "Een feest voor de hele straat.")
			.param("body", "Tekst")
			.param("themes", "1"));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		String edit = created.getResponse().getRedirectedUrl();
		Article article = this.articles.findBySlug("buurtfeest-in-wezep").orElseThrow();
		try {
			assertThat(edit).isEqualTo("/admin/artikelen/" + article.getId());
			assertThat(this.http.get("/nieuws/buurtfeest-in-wezep").statusCode()).as("a draft").isEqualTo(404);

			perform(post("/admin/artikelen/publicatie").param("id", String.valueOf(article.getId()))
				.param("actie", "publiceren"));
			assertThat(this.http.get("/nieuws/buurtfeest-in-wezep").statusCode()).isEqualTo(200);

			long version = this.articles.findById(article.getId()).orElseThrow().getVersion();
			MvcResult renamed = perform(post(edit).param("kind", "NEWS")
				.param("slug", "groot-buurtfeest-in-wezep")
				.param("title", "Groot buurtfeest in Wezep")
				.param("summary", "Een feest voor de hele straat.")
				.param("body", "Tekst")
				.param("version", String.valueOf(version)));
			assertThat(renamed.getResponse().getStatus()).isEqualTo(302);
			var old = this.http.get("/nieuws/buurtfeest-in-wezep");
			assertThat(old.statusCode()).as("the old address still works").isEqualTo(301);
			assertThat(old.headers().firstValue("Location").orElseThrow())
				.endsWith("/nieuws/groot-buurtfeest-in-wezep");
			assertThat(this.http.get("/nieuws/groot-buurtfeest-in-wezep").body()).contains("Groot buurtfeest in Wezep");

			MvcResult stale = perform(post(edit).param("kind", "NEWS")
				.param("slug", "groot-buurtfeest-in-wezep")
				.param("title", "Oude versie")
				.param("summary", "Een feest.")
				.param("body", "Tekst")
				.param("version", String.valueOf(version)));
			assertThat(stale.getResponse().getStatus()).as("a stale edit").isEqualTo(409);
			assertThat(stale.getResponse().getContentAsString())
				.contains("Iemand anders heeft dit intussen ook aangepast", "value=\"Oude versie\"");
			assertThat(this.http.get("/nieuws/groot-buurtfeest-in-wezep").body()).doesNotContain("Oude versie");

			MvcResult bad = perform(post(edit).param("kind", "NIETS")
				.param("slug", "Geen Slug!")
				.param("title", "x".repeat(300))
				.param("summary", "")
				.param("body", "nul\u0000byte")
				.param("imagePath", "https://example.org/x.jpg")
				.param("version", "abc"));
			assertThat(bad.getResponse().getStatus()).as("bad input").isEqualTo(422);
			assertThat(bad.getResponse().getContentAsString()).contains("Gebruik alleen kleine letters",
					"Dit is te lang", "Vul dit veld in.", "met / begint");

			perform(post("/admin/artikelen/publicatie").param("id", String.valueOf(article.getId()))
				.param("actie", "offline"));
			assertThat(this.http.get("/nieuws/groot-buurtfeest-in-wezep").statusCode()).as("unpublished")
				.isEqualTo(404);

			MvcResult confirm = perform(get(edit + "/verwijderen"));
			assertThat(confirm.getResponse().getContentAsString()).contains("Groot buurtfeest in Wezep",
					"Ja, verwijderen");
			assertThat(perform(post(edit + "/verwijderen")).getResponse().getRedirectedUrl())
				.isEqualTo("/admin/artikelen");
			assertThat(this.articles.findById(article.getId())).isEmpty();
			assertThat(this.http.get("/nieuws/buurtfeest-in-wezep").statusCode()).isEqualTo(404);
		}
		finally {
			this.articles.findById(article.getId()).ifPresent(this.articles::delete);
		}
		assertThat(this.events.stream(Audited.class).map(Audited::action)).contains("article.created",
				"article.published", "article.updated", "article.unpublished", "article.deleted");
		String log = this.mvc
			.perform(get("/admin/audit?actie=article").accept("text/html").with(TestAccounts.loggedInAs(Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(log).as("the audit log stored the events and describes them in Dutch")
			.contains("Artikel aangemaakt", "Artikel gepubliceerd", "Artikel offline gehaald", "Artikel verwijderd")
			.doesNotContain("<td>article.published</td>");
	}

	@Test
	void anEditorManagesThemesPagesAndOrganisations() throws Exception {
		MvcResult theme = perform(post("/admin/themas").param("slug", "groen-in-de-wijk")
			.param("title", "Groen in de wijk")
			.param("summary", "Tuinen, bomen en bloemen.")
			.param("body", "## Intro\n\nSamen vergroenen.")
			.param("position", "9"));
		assertThat(theme.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/thema/groen-in-de-wijk").body()).contains("<h1>Groen in de wijk</h1>",
				"Samen vergroenen.");
		String themeEdit = theme.getResponse().getRedirectedUrl();
		MvcResult renamed = perform(post(themeEdit).param("slug", "vergroenen")
			.param("title", "Vergroenen")
			.param("summary", "Tuinen, bomen en bloemen.")
			.param("body", "Samen vergroenen.")
			.param("position", "9")
			.param("version", "0"));
		assertThat(renamed.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/thema/groen-in-de-wijk").statusCode()).isEqualTo(301);
		String themeId = themeEdit.substring(themeEdit.lastIndexOf('/') + 1);
		perform(post("/admin/themas/publicatie").param("id", themeId).param("actie", "offline"));
		assertThat(this.http.get("/thema/vergroenen").statusCode()).as("offline").isEqualTo(404);
		assertThat(this.http.get("/thema").body()).doesNotContain("Vergroenen");
		assertThat(this.http.get("/sitemap.xml").body()).doesNotContain("/thema/vergroenen");
		perform(post("/admin/themas/publicatie").param("id", themeId).param("actie", "publiceren"));
		assertThat(this.http.get("/thema/vergroenen").statusCode()).as("back online").isEqualTo(200);
		assertThat(perform(post(themeEdit + "/verwijderen")).getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/thema/vergroenen").statusCode()).as("a deleted published page is gone")
			.isEqualTo(410);

		MvcResult reserved = perform(post("/admin/paginas").param("slug", "nieuws")
			.param("title", "Nieuws")
			.param("summary", "x")
			.param("body", "x"));
		assertThat(reserved.getResponse().getStatus()).isEqualTo(422);
		assertThat(reserved.getResponse().getContentAsString()).contains("Dit adres gebruikt de site zelf al");
		MvcResult page = perform(post("/admin/paginas").param("slug", "vrijwilligers")
			.param("title", "Vrijwilligers")
			.param("summary", "Doe mee.")
			.param("body", "Welkom."));
		assertThat(this.http.get("/vrijwilligers").body()).contains("<h1>Vrijwilligers</h1>");
		perform(post(page.getResponse().getRedirectedUrl() + "/verwijderen"));
		assertThat(this.http.get("/vrijwilligers").statusCode()).isEqualTo(410);
		this.jdbc.update(
				"delete from slug_redirect where old_path in ('/vrijwilligers', '/thema/vergroenen', '/thema/groen-in-de-wijk')");

		MvcResult organisation = perform(post("/admin/organisaties").param("name", "Buurtfonds Noord")
			.param("url", "https://buurtfonds.example")
			.param("role", "FUNDER")
			.param("position", "50")
			.param("inFooter", "true"));
		assertThat(organisation.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/over-ons").body())
			.contains("<a href=\"https://buurtfonds.example\">Buurtfonds Noord</a>");
		MvcResult badUrl = perform(post("/admin/organisaties").param("name", "X")
			.param("url", "javascript:alert(1)")
			.param("role", "FUNDER")
			.param("position", "-3"));
		assertThat(badUrl.getResponse().getStatus()).isEqualTo(422);
		perform(post(organisation.getResponse().getRedirectedUrl() + "/verwijderen"));
		assertThat(this.http.get("/over-ons").body()).doesNotContain("Buurtfonds Noord");
		assertThat(this.events.stream(Audited.class).map(Audited::action)).contains("theme.created", "theme.updated",
				"theme.unpublished", "theme.published", "theme.deleted", "page.created", "page.deleted",
				"supporter.created", "supporter.deleted");
	}

}
