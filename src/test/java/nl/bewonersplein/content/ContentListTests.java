package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.editorial.PublicationChanged;
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
 * The admin lists of articles, pages and themes: an editor finds items by words, status
 * and theme, and publishes or takes offline several drafts at once.
 */
@SiteTest
@RecordApplicationEvents
class ContentListTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Http http;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.http = new Http(this.port);
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html"))
			.andReturn();
	}

	private long draft(String slug, String title) throws Exception {
		MvcResult created = perform(post("/admin/artikelen").param("kind", "NEWS")
			.param("slug", slug)
			.param("title", title)
			.param("summary", "Een korte samenvatting.")
			.param("body", "Tekst")
			.param("themes", "1"));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		return this.articles.findBySlug(slug).orElseThrow().getId();
	}

	@Test
	void anEditorFindsTwoDraftsAndPublishesThemAtOnce() throws Exception {
		long first = draft("zwerfvuil-prikken-in-zwolle", "Zwerfvuil prikken in Zwolle");
		long second = draft("zwerfvuil-en-de-gemeente", "Zwerfvuil en de gemeente");
		try {
			String found = perform(get("/admin/artikelen").param("q", "ZWERFVUIL").param("status", "concept"))
				.getResponse()
				.getContentAsString();
			assertThat(found).contains("Zwerfvuil prikken in Zwolle", "Zwerfvuil en de gemeente", "2 items van de",
					"value=\"" + first + "\"", "Gekozen items publiceren");
			String narrowed = perform(get("/admin/artikelen").param("q", "zwerfvuil gemeente")).getResponse()
				.getContentAsString();
			assertThat(narrowed).contains("Zwerfvuil en de gemeente").doesNotContain("Zwerfvuil prikken in Zwolle");
			assertThat(this.http.get("/nieuws/zwerfvuil-prikken-in-zwolle").statusCode()).isEqualTo(404);

			MvcResult published = perform(post("/admin/artikelen/publicatie").param("id", String.valueOf(first))
				.param("id", String.valueOf(second))
				.param("actie", "publiceren"));
			assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/admin/artikelen");
			assertThat(published.getFlashMap().get("flash")).isEqualTo("admin.list.bulk.published");
			assertThat(this.http.get("/nieuws/zwerfvuil-prikken-in-zwolle").statusCode()).isEqualTo(200);
			assertThat(this.http.get("/nieuws/zwerfvuil-en-de-gemeente").statusCode()).isEqualTo(200);
			assertThat(this.events.stream(PublicationChanged.class).filter(PublicationChanged::online))
				.extracting(PublicationChanged::id)
				.containsExactlyInAnyOrder(first, second);
			String online = perform(get("/admin/artikelen").param("q", "zwerfvuil").param("status", "online"))
				.getResponse()
				.getContentAsString();
			assertThat(online).contains("Zwerfvuil prikken in Zwolle", "2 items van de");

			perform(post("/admin/artikelen/publicatie").param("id", String.valueOf(second)).param("actie", "offline"));
			assertThat(this.http.get("/nieuws/zwerfvuil-en-de-gemeente").statusCode()).isEqualTo(404);
			assertThat(this.http.get("/nieuws/zwerfvuil-prikken-in-zwolle").statusCode()).isEqualTo(200);

			MvcResult nothing = perform(post("/admin/artikelen/publicatie").param("actie", "publiceren"));
			assertThat(nothing.getFlashMap().get("flash")).isEqualTo("admin.list.bulk.none");
		}
		finally {
			this.articles.deleteAllById(List.of(first, second));
		}
	}

	@Test
	void themesAndPagesHaveTheSameListWithoutAThemeFilter() throws Exception {
		String themes = perform(get("/admin/themas").param("volgorde", "titel")).getResponse().getContentAsString();
		assertThat(themes).contains("Zoek in de titels", "name=\"status\"", "Gekozen items offline halen")
			.doesNotContain("name=\"thema\"");
		String none = perform(get("/admin/paginas").param("q", "qqqxqqq")).getResponse().getContentAsString();
		assertThat(none).contains("Niets gevonden. Probeer een ander woord of minder filters.", "Alles tonen");
		String supporters = perform(get("/admin/organisaties")).getResponse().getContentAsString();
		assertThat(supporters).contains("Zoek in de titels").doesNotContain("Gekozen items publiceren");
	}

}
