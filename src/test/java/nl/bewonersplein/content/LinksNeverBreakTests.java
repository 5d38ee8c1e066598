package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Links never break: a changed address of a static page leaves a 301; a deleted published
 * article answers 410 with a Dutch page, or redirects where the editor chose; the
 * redirect manager adds old-site addresses, refuses loops and chains, and counts visits.
 */
@SiteTest
class LinksNeverBreakTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleRepository articles;

	@Autowired
	StaticPageRepository pages;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Http http;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.http = new Http(this.port);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from slug_redirect where old_path like '/2020/11/23/%' or old_path like"
				+ " '/nieuws/weg-%' or old_path like '/over-%-test' or old_path like '/oud-%'");
		for (String slug : List.of("weg-met-melding", "weg-met-doorverwijzing")) {
			this.articles.findBySlug(slug).ifPresent(this.articles::delete);
		}
		for (String slug : List.of("over-de-buurt-test", "over-de-wijk-test")) {
			this.pages.findBySlug(slug).ifPresent(this.pages::delete);
		}
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html"))
			.andReturn();
	}

	String publishedArticle(String slug) throws Exception {
		MvcResult created = perform(post("/admin/artikelen").param("kind", "NEWS")
			.param("slug", slug)
			.param("title", "Bericht " + slug)
			.param("summary", "Kort.")
			.param("body", "Tekst.")
			.param("publicatie", "publiceren"));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/nieuws/" + slug).statusCode()).isEqualTo(200);
		return created.getResponse().getRedirectedUrl();
	}

	@Test
	void aRenamedStaticPageLeavesAPermanentRedirect() throws Exception {
		MvcResult page = perform(post("/admin/paginas").param("slug", "over-de-buurt-test")
			.param("title", "Over de buurt")
			.param("summary", "Kort.")
			.param("body", "Tekst."));
		String edit = page.getResponse().getRedirectedUrl();
		long version = this.pages.findBySlug("over-de-buurt-test").orElseThrow().getVersion();
		perform(post(edit).param("slug", "over-de-wijk-test")
			.param("title", "Over de wijk")
			.param("summary", "Kort.")
			.param("body", "Tekst.")
			.param("version", String.valueOf(version)));
		var old = this.http.get("/over-de-buurt-test");
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/over-de-wijk-test");
		perform(post(edit + "/verwijderen"));
	}

	@Test
	void aDeletedPublishedArticleIsGoneOrRedirectsWhereTheEditorChose() throws Exception {
		String edit = publishedArticle("weg-met-melding");
		String question = perform(get(edit + "/verwijderen")).getResponse().getContentAsString();
		assertThat(question).contains("Stuur bezoekers door naar", "/nieuws/weg-met-melding");
		assertThat(perform(post(edit + "/verwijderen")).getResponse().getStatus()).isEqualTo(302);
		var gone = this.http.get("/nieuws/weg-met-melding");
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("Deze pagina is verwijderd", "Zoek");

		String other = publishedArticle("weg-met-doorverwijzing");
		MvcResult bad = perform(post(other + "/verwijderen").param("doorsturen", "/nieuws/weg-met-doorverwijzing"));
		assertThat(bad.getResponse().getStatus()).as("a redirect to itself").isEqualTo(422);
		assertThat(bad.getResponse().getContentAsString()).contains("rondje");
		assertThat(perform(post(other + "/verwijderen").param("doorsturen", "/nieuws")).getResponse().getStatus())
			.isEqualTo(302);
		var moved = this.http.get("/nieuws/weg-met-doorverwijzing");
		assertThat(moved.statusCode()).isEqualTo(301);
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("/nieuws");
	}

	@Test
	void theRedirectManagerAddsOldSiteAddressesRefusesLoopsAndChainsAndCountsVisits() throws Exception {
		MvcResult added = perform(post("/admin/doorverwijzingen").param("oldPath", "/2020/11/23/toolkit-buurtkracht/")
			.param("newPath", "/toolkit")
			.param("formToken",
					("tok-redirect-" + Long.toHexString(System.nanoTime()) + "000000000").substring(0, 22)));
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		var visit = this.http.get("/2020/11/23/toolkit-buurtkracht");
		assertThat(visit.statusCode()).as("an address of the old site").isEqualTo(301);
		assertThat(visit.headers().firstValue("Location").orElseThrow()).endsWith("/toolkit");
		this.http.get("/2020/11/23/toolkit-buurtkracht/");

		String list = perform(get("/admin/doorverwijzingen?q=buurtkracht")).getResponse().getContentAsString();
		assertThat(list).contains("/2020/11/23/toolkit-buurtkracht", "1 doorverwijzing.");
		assertThat(this.jdbc.queryForObject("select hits from slug_redirect where old_path = ?", Long.class,
				"/2020/11/23/toolkit-buurtkracht"))
			.as("both visits counted")
			.isEqualTo(2);

		MvcResult loop = perform(post("/admin/doorverwijzingen").param("oldPath", "/toolkit")
			.param("newPath", "/2020/11/23/toolkit-buurtkracht"));
		assertThat(loop.getResponse().getStatus()).isEqualTo(422);
		assertThat(loop.getResponse().getContentAsString()).contains("rondje");
		MvcResult chain = perform(post("/admin/doorverwijzingen").param("oldPath", "/oud-adres")
			.param("newPath", "/2020/11/23/toolkit-buurtkracht"));
		assertThat(chain.getResponse().getStatus()).isEqualTo(422);
		assertThat(chain.getResponse().getContentAsString()).contains("stuurt zelf al door, naar /toolkit");
		MvcResult self = perform(
				post("/admin/doorverwijzingen").param("oldPath", "/oud-zelf").param("newPath", "/oud-zelf"));
		assertThat(self.getResponse().getStatus()).isEqualTo(422);
		MvcResult badOld = perform(
				post("/admin/doorverwijzingen").param("oldPath", "geen pad").param("newPath", "javascript:alert(1)"));
		assertThat(badOld.getResponse().getStatus()).isEqualTo(422);
		assertThat(badOld.getResponse().getContentAsString()).contains("Begin met /");

		long id = this.jdbc.queryForObject("select id from slug_redirect where old_path = ?", Long.class,
				"/2020/11/23/toolkit-buurtkracht");
		assertThat(perform(post("/admin/doorverwijzingen/" + id).param("oldPath", "/2020/11/23/toolkit-buurtkracht")
			.param("newPath", "/kennis")).getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/2020/11/23/toolkit-buurtkracht").headers().firstValue("Location").orElseThrow())
			.endsWith("/kennis");
		assertThat(perform(post("/admin/doorverwijzingen/" + id + "/verwijderen")).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(this.http.get("/2020/11/23/toolkit-buurtkracht").statusCode()).isEqualTo(404);
	}

}
