package nl.bewonersplein.toolkit;

import java.net.http.HttpResponse;
import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.SqlStatements;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.content.ArticleChoices;
import nl.bewonersplein.content.Supporters;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * The toolkit over HTTP: the served PDFs, their cache headers, missing things, and an
 * editor who builds a toolkit, reorders it and publishes an edition.
 */
@SiteTest
class ToolkitWebTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleChoices choices;

	@Autowired
	Supporters supporters;

	Http http;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void theSitemapListsTheToolkitAndEveryStep() {
		String sitemap = this.http.get("/sitemap.xml").body();
		assertThat(sitemap).contains("/toolkit</loc>", "/toolkit/betrokken-buurten</loc>");
		String toolkit = this.http.get("/toolkit/betrokken-buurten").body();
		java.util.regex.Matcher step = java.util.regex.Pattern
			.compile("href=\"(/toolkit/betrokken-buurten/[a-z0-9-]+)\"")
			.matcher(toolkit);
		int steps = 0;
		while (step.find()) {
			if (!step.group(1).endsWith("/pdf")) {
				assertThat(sitemap).contains(step.group(1) + "</loc>");
				steps++;
			}
		}
		assertThat(steps).as("steps linked from the toolkit page").isGreaterThanOrEqualTo(14);
	}

	@Test
	void theBookletIsServedAsAValidPdfAndAnsweredWith304WhenUnchanged() throws Exception {
		HttpResponse<byte[]> booklet = this.http.getBytes("/toolkit/betrokken-buurten/pdf");
		assertThat(booklet.statusCode()).isEqualTo(200);
		assertThat(booklet.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(booklet.headers().firstValue("Content-Disposition").orElseThrow()).contains("betrokken-buurten.pdf");
		String etag = booklet.headers().firstValue("ETag").orElseThrow();
		VeraGreenfieldFoundryProvider.initialise();
		ToolkitPdfTests.assertValid(booklet.body());

		HttpResponse<byte[]> again = this.http.getBytes("/toolkit/betrokken-buurten/pdf", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);

		HttpResponse<byte[]> large = this.http.getBytes("/toolkit/betrokken-buurten/pdf?letters=groot");
		assertThat(large.headers().firstValue("ETag")).isNotEqualTo(booklet.headers().firstValue("ETag"));
		assertThat(large.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("betrokken-buurten-grote-letters.pdf");
	}

	@Test
	void toolkitPagesNeedFewStatementsWhateverTheirSize() {
		for (String path : List.of("/toolkit", "/toolkit/betrokken-buurten",
				"/toolkit/betrokken-buurten/koffie-bij-de-lift")) {
			SqlStatements.Measured page = SqlStatements.get(this.http, path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.statements()).as(path).isPositive().isLessThanOrEqualTo(10);
		}
	}

	@Test
	void missingToolkitsArticlesAndChaptersAreNotFound() {
		for (String path : List.of("/toolkit/bestaat-niet", "/toolkit/betrokken-buurten/bestaat-niet",
				"/toolkit/bestaat-niet/pdf", "/toolkit/betrokken-buurten/hoofdstuk/999999/pdf",
				"/toolkit/betrokken-buurten/bestaat-niet/pdf")) {
			assertThat(this.http.getBytes(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(this.http.getBytes("/toolkit/betrokken-buurten/hoofdstuk/abc/pdf").statusCode()).isEqualTo(400);
	}

	@Test
	void theAddressChaptersHadAsThemesLeadsToTheChapter() {
		HttpResponse<byte[]> old = this.http.getBytes("/toolkit/betrokken-buurten/thema/7/pdf?letters=groot");
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow())
			.endsWith("/toolkit/betrokken-buurten/hoofdstuk/7/pdf?letters=groot");
	}

	@Test
	void anEditorBuildsAToolkitReordersItAndPublishesAnEdition() throws Exception {
		MvcResult invalid = this.mvc.perform(as(post("/admin/toolkits").param("title", "").with(csrf()))).andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString()).contains("Vul dit veld in.");

		MvcResult created = this.mvc
			.perform(as(post("/admin/toolkits").with(csrf())
				.param("title", "Samen de straat op")
				.param("subtitle", "Een toolkit om te testen")
				.param("intro", "Inleiding.")
				.param("howItWorks", "Lees het stap voor stap.")
				.param("supporters", String.valueOf(this.supporters.choices().get(0).id()))))
			.andReturn();
		String toolkit = created.getResponse().getRedirectedUrl();
		assertThat(toolkit).matches("/admin/toolkits/\\d+");
		assertThat(this.http.get("/toolkit/samen-de-straat-op").statusCode()).as("a draft is not public")
			.isEqualTo(404);

		String chapter = redirectAnchor(this.mvc
			.perform(as(
					post(toolkit + "/hoofdstukken").with(csrf()).param("title", "Eerste hoofdstuk").param("intro", "")))
			.andReturn());
		List<ArticleChoices.Choice> published = this.choices.all()
			.stream()
			.filter(ArticleChoices.Choice::published)
			.limit(2)
			.toList();
		for (ArticleChoices.Choice article : published) {
			this.mvc.perform(as(post(toolkit + "/hoofdstukken/" + chapter + "/artikelen").with(csrf())
				.param("articleId", String.valueOf(article.id()))));
		}
		MvcResult again = this.mvc
			.perform(as(post(toolkit + "/hoofdstukken/" + chapter + "/artikelen").with(csrf())
				.param("articleId", String.valueOf(published.get(0).id()))))
			.andReturn();
		assertThat(again.getFlashMap().get(nl.bewonersplein.admin.AdminShell.FLASH)).as("an article once per chapter")
			.isEqualTo("toolkit.admin.article-already-there");
		this.mvc.perform(as(post(toolkit + "/editie").with(csrf())));

		String page = this.http.get("/toolkit/samen-de-straat-op").body();
		assertThat(page.indexOf(published.get(0).title())).isLessThan(page.indexOf(published.get(1).title()));
		assertThat(page).as("thanks the chosen supporter")
			.contains(">" + this.supporters.choices().get(0).name() + "<");
		String etagBefore = this.http.getBytes("/toolkit/samen-de-straat-op/pdf")
			.headers()
			.firstValue("ETag")
			.orElseThrow();

		String editPage = this.mvc.perform(as(get(toolkit))).andReturn().getResponse().getContentAsString();
		String firstItem = editPage.replaceAll("(?s).*?<li id=\"plek-(\\d+)\".*", "$1");
		assertThat(editPage.split("<li id=\"plek-", -1)).as("two articles, not three").hasSize(3);
		this.mvc.perform(as(post(toolkit + "/artikelen/" + firstItem + "/omlaag").with(csrf())));

		page = this.http.get("/toolkit/samen-de-straat-op").body();
		assertThat(page.indexOf(published.get(1).title())).as("moved down")
			.isLessThan(page.indexOf(published.get(0).title()));
		String etagAfter = this.http.getBytes("/toolkit/samen-de-straat-op/pdf")
			.headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(etagAfter).as("the booklet is made anew after a change").isNotEqualTo(etagBefore);

		String confirm = this.mvc.perform(as(get(toolkit + "/verwijderen")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("Wil je de toolkit \"Samen de straat op\" verwijderen?");
		this.mvc.perform(as(post(toolkit + "/verwijderen").with(csrf())));
		assertThat(this.http.get("/toolkit/samen-de-straat-op").statusCode()).as("a deleted toolkit is gone for good")
			.isEqualTo(410);
	}

	private static String redirectAnchor(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return location.substring(location.indexOf("#hoofdstuk-") + "#hoofdstuk-".length());
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.accept("text/html").with(TestAccounts.loggedInAs(Role.EDITOR));
	}

}
