package nl.bewonersplein.editorial;

import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
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
 * The body editor on the server: the edit pages carry it and its writing help (without
 * JavaScript too), the live help answers while typing, the address is proposed from the
 * title, and a save after the session expired keeps the text and brings it back after
 * logging in again.
 */
@SiteTest
class BodyEditorTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html");
	}

	@Test
	void everyBodyFieldHasTheEditorAndTheWritingHelpWithoutJavaScript() throws Exception {
		for (String path : List.of("/admin/artikelen/nieuw", "/admin/paginas/nieuw", "/admin/themas/nieuw")) {
			String html = this.mvc.perform(asEditor(get(path))).andReturn().getResponse().getContentAsString();
			assertThat(html).as(path)
				.contains("role=\"toolbar\"", "aria-label=\"Opmaak van de tekst\"", "data-action=\"link\"",
						"aria-keyshortcuts=\"Control+B\"", "Schrijfhulp: begrijpelijk Nederlands",
						"Streef naar taalniveau B1", "<textarea id=\"body\" name=\"body\"")
				.containsPattern("<script src=\"/js/body-editor-[0-9a-f]+\\.js\" defer>")
				.containsPattern("href=\"/css/body-editor-[0-9a-f]+\\.css\"");
			// What an editor reads explains the fields without the jargon.
			assertThat(html.replaceAll("<[^>]*>", " ")).as(path)
				.doesNotContainIgnoringCase("slug")
				.doesNotContainIgnoringCase("markdown");
		}
		long article = this.jdbc.queryForObject("select min(id) from article", Long.class);
		String edit = this.mvc.perform(asEditor(get("/admin/artikelen/" + article)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Leesbaarheid: ").contains("woorden per zin");
	}

	@Test
	void theLiveHelpScoresWhatIsTypedAndRendersThePreview() throws Exception {
		MvcResult result = this.mvc
			.perform(asEditor(post(WritingHelpController.PATH).with(csrf())
				.param("tekst", "## Kop\n\nHet plan werd door de gemeente besproken. We nemen bijv. Een stoel mee.")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("data-score=\"94\"", "Misschien lijdende vorm",
				"<mark>Het plan werd door de gemeente besproken.</mark>", "<h2>Kop</h2>");
		// Without a token the live help is refused like every other post.
		assertThat(this.mvc.perform(asEditor(post(WritingHelpController.PATH).param("tekst", "x")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void anEmptyAddressIsProposedFromTheTitle() throws Exception {
		this.jdbc.update("delete from article where slug = 'cafe-buurt-in-den-haag'");
		MvcResult created = this.mvc
			.perform(asEditor(post("/admin/artikelen").with(csrf())
				.param("kind", "NEWS")
				.param("slug", "")
				.param("title", "Café-Buurt in Den Haag")
				.param("summary", "Een nieuwe buurtkamer.")
				.param("body", "Iedereen is welkom.")))
			.andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from article where slug = 'cafe-buurt-in-den-haag'",
				Integer.class))
			.isEqualTo(1);
		assertThat(Slugs.propose("Café-Buurt", 160)).isEqualTo("cafe-buurt");
		assertThat(Slugs.propose("  Ideeën   voor de wijk!  ", 160)).isEqualTo("ideeen-voor-de-wijk");
		assertThat(Slugs.propose("Een heel lange titel", 12)).isEqualTo("een-heel");
		// A title without letters or digits gives no address: the form asks for one.
		MvcResult refused = this.mvc
			.perform(asEditor(post("/admin/artikelen").with(csrf())
				.param("kind", "NEWS")
				.param("slug", "")
				.param("title", "!!!")
				.param("summary", "Iets.")
				.param("body", "")))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"slug-error\"");
	}

	@Test
	void aSaveAfterTheSessionExpiredKeepsTheTextAndBringsItBackAfterLoggingIn() throws Exception {
		String email = TestLogins.create(this.context, Role.EDITOR);
		long article = this.jdbc.queryForObject("select min(id) from article", Long.class);
		long version = this.jdbc.queryForObject("select version from article where id = ?", Long.class, article);
		String path = "/admin/artikelen/" + article;
		// A fresh session: the one the form was opened in has expired, its token is
		// stale.
		MockHttpSession session = new MockHttpSession();
		MvcResult expired = this.mvc
			.perform(post(path).session(session)
				.param("_csrf", "een-verlopen-token")
				.param("_bewaar", "1")
				.param("kind", "NEWS")
				.param("title", "Een titel die ik net typte")
				.param("slug", "een-titel-die-ik-net-typte")
				.param("summary", "Samenvatting.")
				.param("body", "Een lange tekst die ik niet kwijt wil.")
				.param("version", String.valueOf(version)))
			.andReturn();
		assertThat(expired.getResponse().getStatus()).isEqualTo(302);
		assertThat(expired.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?verlopen");
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, article))
			.doesNotContain("niet kwijt wil");
		String login = this.mvc.perform(get("/inloggen").param("verlopen", "").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(login).contains("We hebben hem bewaard");
		MvcResult loggedIn = this.mvc
			.perform(post("/inloggen").session(session)
				.with(csrf())
				.param("email", email)
				.param("wachtwoord", TestLogins.PASSWORD))
			.andReturn();
		String back = loggedIn.getResponse().getRedirectedUrl();
		assertThat(back).contains(path + "?bewaard=");
		MockHttpSession after = (MockHttpSession) loggedIn.getRequest().getSession();
		String form = this.mvc.perform(get(back).session(after)).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Een lange tekst die ik niet kwijt wil.", "value=\"Een titel die ik net typte\"",
				"Je sessie was verlopen. We hebben je tekst bewaard", "name=\"version\" value=\"" + version + "\"");
		// Taken once: opening the page again shows what is saved.
		assertThat(this.mvc.perform(get(back).session(after)).andReturn().getResponse().getContentAsString())
			.doesNotContain("niet kwijt wil");
		// Nothing was saved on the way.
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, article))
			.doesNotContain("niet kwijt wil");
	}

	@Test
	void aStaleTokenWhileLoggedInGoesStraightBackToTheFilledInForm() throws Exception {
		MvcResult refused = this.mvc
			.perform(asEditor(post("/admin/paginas")).session(new MockHttpSession())
				.param("_csrf", "oud")
				.param("_bewaar", "1")
				.param("title", "Nieuwe pagina")
				.param("summary", "Kort.")
				.param("body", "Tekst van de nieuwe pagina."))
			.andReturn();
		String back = refused.getResponse().getRedirectedUrl();
		assertThat(back).startsWith("/admin/paginas/nieuw?bewaard=");
		MockHttpSession session = (MockHttpSession) refused.getRequest().getSession();
		assertThat(
				this.mvc.perform(asEditor(get(back)).session(session)).andReturn().getResponse().getContentAsString())
			.contains("Tekst van de nieuwe pagina.");
	}

	@Test
	void otherRefusedPostsStillGetTheNoAccessPage() throws Exception {
		long article = this.jdbc.queryForObject("select min(id) from article", Long.class);
		assertThat(
				this.mvc.perform(asEditor(post("/admin/artikelen/" + article + "/verwijderen")).param("_csrf", "oud"))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(403);
	}

}
