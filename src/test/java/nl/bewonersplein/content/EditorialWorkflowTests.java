package nl.bewonersplein.content;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.Audited;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The shared editorial workflow as an editor of articles meets it: publishing saves what
 * is typed first; a second editor's save gets both versions side by side and overwrites
 * nothing; every save keeps a revision that can be compared and brought back; an article
 * can be scheduled and appears on time on the news list, in the feed and in search.
 */
@SiteTest
@RecordApplicationEvents
class EditorialWorkflowTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

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

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		for (String slug : List.of("typen-en-publiceren", "twee-redacteuren", "versies-bewaren", "later-online",
				"geheim-concept")) {
			this.articles.findBySlug(slug).ifPresent((article) -> {
				this.jdbc.update("delete from editorial_revision where kind = 'article' and item_id = ?",
						article.getId());
				this.jdbc.update("delete from editorial_schedule where kind = 'article' and item_id = ?",
						article.getId());
				this.jdbc.update("delete from editorial_preview_link where kind = 'article' and item_id = ?",
						article.getId());
				this.articles.delete(article);
			});
		}
	}

	/** Editors by name, each their own account. */
	static final List<String> EDITORS = List.of("Redactie Test", "Anna Redacteur", "Bram Redacteur");

	MockHttpServletRequestBuilder as(String editor, MockHttpServletRequestBuilder request) {
		return request.with(csrf())
			.with(TestAccounts.loggedInAs(910_000 + EDITORS.indexOf(editor), editor, Role.EDITOR))
			.accept("text/html");
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(as("Redactie Test", request)).andReturn();
	}

	MockHttpServletRequestBuilder article(String path, String slug, String title, String body, long version) {
		return post(path).param("kind", "NEWS")
			.param("slug", slug)
			.param("title", title)
			.param("summary", "Een korte inleiding.")
			.param("body", body)
			.param("version", String.valueOf(version));
	}

	String create(String slug, String title, String body) throws Exception {
		MvcResult created = perform(article("/admin/artikelen", slug, title, body, 0));
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		return created.getResponse().getRedirectedUrl();
	}

	long version(String slug) {
		return this.articles.findBySlug(slug).orElseThrow().getVersion();
	}

	@Test
	void publishingSavesWhatWasTypedFirst() throws Exception {
		String edit = create("typen-en-publiceren", "Typen en publiceren", "De eerste tekst.");
		assertThat(this.http.get("/nieuws/typen-en-publiceren").statusCode()).as("a new article is a draft")
			.isEqualTo(404);
		assertThat(perform(get(edit)).getResponse().getContentAsString()).contains("Opslaan als concept",
				"Opslaan en publiceren", "Dit is een concept");

		MvcResult published = perform(article(edit, "typen-en-publiceren", "Typen en publiceren",
				"De tekst die ik net typte.", version("typen-en-publiceren"))
			.param("publicatie", "publiceren"));
		assertThat(published.getResponse().getStatus()).isEqualTo(302);
		assertThat(published.getFlashMap().get("flash")).isEqualTo("editorial.published");
		var page = this.http.get("/nieuws/typen-en-publiceren");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).as("what was typed before pressing Publiceren is online")
			.contains("De tekst die ik net typte.")
			.doesNotContain("De eerste tekst.");

		MvcResult edited = perform(article(edit, "typen-en-publiceren", "Typen en publiceren", "Nog beter.",
				version("typen-en-publiceren")));
		assertThat(edited.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.http.get("/nieuws/typen-en-publiceren").body()).as("editing keeps it published")
			.contains("Nog beter.");
		assertThat(perform(get(edit)).getResponse().getContentAsString()).contains("Opslaan (blijft op de site)",
				"Opslaan en offline halen");

		perform(article(edit, "typen-en-publiceren", "Typen en publiceren", "Offline gehaald.",
				version("typen-en-publiceren"))
			.param("publicatie", "offline"));
		assertThat(this.http.get("/nieuws/typen-en-publiceren").statusCode()).isEqualTo(404);
		assertThat(this.articles.findBySlug("typen-en-publiceren").orElseThrow().getBody())
			.as("taking offline saves the text too")
			.isEqualTo("Offline gehaald.");
		assertThat(this.events.stream(Audited.class).map(Audited::action)).contains("article.published",
				"article.unpublished");
	}

	@Test
	void theSecondOfTwoEditorsGetsBothVersionsAndNothingIsOverwritten() throws Exception {
		String edit = create("twee-redacteuren", "Twee redacteuren", "Het buurthuis opent om negen uur.");
		long opened = version("twee-redacteuren");
		MvcResult first = this.mvc
			.perform(as("Anna Redacteur",
					article(edit, "twee-redacteuren", "Twee redacteuren", "Het buurthuis opent om tien uur.", opened)))
			.andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(302);

		MvcResult second = this.mvc
			.perform(as("Bram Redacteur",
					article(edit, "twee-redacteuren", "Twee redacteuren",
							"Het buurthuis opent om negen uur, ook op zondag.", opened)))
			.andReturn();
		assertThat(second.getResponse().getStatus()).isEqualTo(409);
		String html = second.getResponse().getContentAsString();
		assertThat(html).contains("Iemand anders heeft dit intussen ook aangepast", "Anna Redacteur sloeg het op",
				"Er is niets overschreven");
		assertThat(html).as("the word-level difference of theirs and yours")
			.contains("<del>tien</del><ins>negen</ins>")
			.contains("<ins>uur, ook op zondag.</ins>");
		assertThat(html).as("their text to copy, your text kept in the form")
			.contains("Het buurthuis opent om tien uur.</textarea>")
			.contains("Het buurthuis opent om negen uur, ook op zondag.</textarea>")
			.contains("name=\"version\" value=\"" + version("twee-redacteuren") + "\"");
		assertThat(this.articles.findBySlug("twee-redacteuren").orElseThrow().getBody())
			.as("the first save is not overwritten")
			.isEqualTo("Het buurthuis opent om tien uur.");

		MvcResult merged = this.mvc
			.perform(as("Bram Redacteur",
					article(edit, "twee-redacteuren", "Twee redacteuren",
							"Het buurthuis opent om tien uur, ook op zondag.", version("twee-redacteuren"))))
			.andReturn();
		assertThat(merged.getResponse().getStatus()).as("saving the merge, based on their version").isEqualTo(302);
		assertThat(this.articles.findBySlug("twee-redacteuren").orElseThrow().getBody())
			.isEqualTo("Het buurthuis opent om tien uur, ook op zondag.");
	}

	@Test
	void everySaveKeepsARevisionThatCanBeComparedAndBroughtBack() throws Exception {
		String edit = create("versies-bewaren", "Versies bewaren", "Eerste versie van de tekst.");
		perform(article(edit, "versies-bewaren", "Versies bewaren", "Eerste versie van de tekst.",
				version("versies-bewaren"))
			.param("publicatie", "publiceren"));
		perform(article(edit, "versies-bewaren", "Versies bewaren anders", "Tweede versie met andere woorden.",
				version("versies-bewaren")));

		String page = perform(get(edit)).getResponse().getContentAsString();
		assertThat(page).contains("Eerdere versies", "Versie 3", "Versie 2", "Versie 1", "Redactie Test",
				"Gewijzigd: Titel, Tekst", "staat op de site");

		String compare = perform(get(edit + "/versies?van=1&naar=3")).getResponse().getContentAsString();
		assertThat(compare).contains("Versies vergelijken", "<del>Eerste</del>", "<ins>Tweede</ins>",
				"<ins>met andere woorden.</ins>".substring(0, 5));

		MvcResult restored = perform(post(edit + "/versies/1/herstellen"));
		assertThat(restored.getResponse().getStatus()).isEqualTo(302);
		Article article = this.articles.findBySlug("versies-bewaren").orElseThrow();
		assertThat(article.getBody()).isEqualTo("Eerste versie van de tekst.");
		assertThat(article.getTitle()).isEqualTo("Versies bewaren");
		assertThat(this.http.get("/nieuws/versies-bewaren").body()).as("restoring keeps it published")
			.contains("Eerste versie van de tekst.");
		assertThat(perform(get(edit)).getResponse().getContentAsString()).contains("Versie 4", "Versie 1 teruggezet.");
	}

	@Test
	void aScheduledArticleAppearsOnTimeOnTheListInTheFeedAndInSearch() throws Exception {
		String edit = create("later-online", "Later online: de buurtmoestuin", "De moestuin gaat open.");
		LocalDateTime at = LocalDateTime.now(this.clock.withZone(Dates.ZONE)).plusHours(2).withSecond(0).withNano(0);
		MvcResult past = perform(article(edit, "later-online", "Later online: de buurtmoestuin",
				"De moestuin gaat open.", version("later-online"))
			.param("publicatie", "plannen")
			.param("publicatiedatum", "01-01-2020")
			.param("publicatietijd", "9:30"));
		assertThat(past.getResponse().getStatus()).isEqualTo(422);
		assertThat(past.getResponse().getContentAsString()).contains("Dit moment is al voorbij");
		MvcResult bad = perform(article(edit, "later-online", "Later online: de buurtmoestuin",
				"De moestuin gaat open.", version("later-online"))
			.param("publicatie", "plannen")
			.param("publicatiedatum", "31-02-2027")
			.param("publicatietijd", "25:00"));
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		assertThat(bad.getResponse().getContentAsString()).contains("Schrijf de datum als dag-maand-jaar",
				"value=\"31-02-2027\"");

		MvcResult planned = perform(article(edit, "later-online", "Later online: de buurtmoestuin",
				"De moestuin gaat open.", version("later-online"))
			.param("publicatie", "plannen")
			.param("publicatiedatum", at.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.param("publicatietijd", at.format(DateTimeFormatter.ofPattern("HH:mm"))));
		assertThat(planned.getResponse().getStatus()).isEqualTo(302);
		assertThat(perform(get(edit)).getResponse().getContentAsString())
			.contains("Gepland: dit komt vanzelf op de site op", at.format(DateTimeFormatter.ofPattern("HH:mm")));
		assertThat(this.http.get("/nieuws").body()).doesNotContain("Later online: de buurtmoestuin");
		assertThat(this.http.get("/nieuws/later-online").statusCode()).isEqualTo(404);
		assertThat(this.http.get("/zoeken?q=buurtmoestuin").body()).doesNotContain("Later online: de buurtmoestuin");
		assertThat(this.context.getBean(nl.bewonersplein.editorial.ScheduledPublications.class).publishDue())
			.as("not due yet")
			.isZero();

		this.clock.advance(Duration.ofHours(3));
		this.context.getBean(nl.bewonersplein.editorial.ScheduledPublications.class).publishDue();
		assertThat(this.http.get("/nieuws/later-online").statusCode()).isEqualTo(200);
		assertThat(this.http.get("/nieuws").body()).contains("Later online: de buurtmoestuin");
		assertThat(this.http.get("/nieuws/feed.rss").body()).contains("Later online: de buurtmoestuin");
		assertThat(this.http.get("/zoeken?q=buurtmoestuin").body()).contains("Later online: de buurtmoestuin");
		assertThat(this.http.get("/").body()).as("the home page's latest news")
			.contains("Later online: de buurtmoestuin");
		assertThat(this.http.get("/sitemap.xml").body()).contains("/nieuws/later-online");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'article.published' and subject like ?", Integer.class,
				"%Later online: de buurtmoestuin%"))
			.as("published and announced once")
			.isEqualTo(1);
		assertThat(this.events.stream(Audited.class).map(Audited::action)).contains("article.scheduled");
		assertThat(this.context.getBean(nl.bewonersplein.editorial.ScheduledPublications.class).publishDue())
			.as("a second run publishes nothing")
			.isZero();
	}

	@Test
	void aSecretPreviewLinkWorksLoggedOutUntilItIsRevokedOrExpires() throws Exception {
		String edit = create("geheim-concept", "Geheim concept voor de partner", "Alleen voor meelezers.");
		assertThat(this.http.get("/nieuws/geheim-concept").statusCode()).isEqualTo(404);

		MvcResult made = perform(post(edit + "/voorbeeldlinks"));
		String link = (String) made.getFlashMap().get("newPreviewLink");
		assertThat(link).startsWith("/voorbeeld/").hasSize("/voorbeeld/".length() + 32);
		assertThat(perform(get(edit).flashAttr("newPreviewLink", link)).getResponse().getContentAsString())
			.as("shown once, to copy")
			.contains(link + "\"");
		assertThat(perform(get(edit)).getResponse().getContentAsString()).as("the secret is not stored")
			.doesNotContain(link)
			.contains("werkt tot");

		var preview = this.http.get(link);
		assertThat(preview.statusCode()).as("works without logging in").isEqualTo(200);
		assertThat(preview.body()).contains("Geheim concept voor de partner", "Alleen voor meelezers.",
				"nog niet gepubliceerd");
		assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
		assertThat(preview.headers().firstValue("Set-Cookie")).as("no session for the reader").isEmpty();
		assertThat(this.http.get("/voorbeeld/" + "x".repeat(32)).statusCode()).isEqualTo(404);

		this.clock.advance(Duration.ofDays(15));
		var expired = this.http.get(link);
		assertThat(expired.statusCode()).as("expired after 14 days").isEqualTo(410);
		assertThat(expired.body()).contains("Deze voorbeeldlink werkt niet meer");
		this.clock.reset();

		long id = this.jdbc.queryForObject("select max(id) from editorial_preview_link", Long.class);
		perform(post(edit + "/voorbeeldlinks/" + id + "/intrekken"));
		var revoked = this.http.get(link);
		assertThat(revoked.statusCode()).as("revoked").isEqualTo(410);
		assertThat(revoked.body()).contains("De link is verlopen of ingetrokken");
		assertThat(perform(get(edit)).getResponse().getContentAsString()).contains("ingetrokken");
	}

}
