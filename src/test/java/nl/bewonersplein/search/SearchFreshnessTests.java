package nl.bewonersplein.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.editorial.ScheduledPublications;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
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
 * A change in the admin is in search the moment the admin's answer is sent: no waiting
 * for the minute's sync, no re-index. Publishing makes an article findable, taking it
 * offline or deleting it removes it at once, a cancelled event is not found, and a
 * scheduled article only from its moment on.
 */
@SiteTest
class SearchFreshnessTests {

	private static final List<String> SLUGS = List.of("vers-kwispelmarkt", "vers-gepland-kwispelmarkt");

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	IndexSync sync;

	MockMvc mvc;

	Long eventId;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		for (String slug : SLUGS) {
			for (Long id : this.jdbc.queryForList("select id from article where slug = ?", Long.class, slug)) {
				for (String table : List.of("editorial_revision", "editorial_schedule", "editorial_preview_link")) {
					this.jdbc.update("delete from " + table + " where kind = 'article' and item_id = ?", id);
				}
				this.jdbc.update("delete from article_theme where article_id = ?", id);
				this.jdbc.update("delete from article where id = ?", id);
			}
			this.jdbc.update("delete from slug_redirect where old_path = ?", "/nieuws/" + slug);
		}
		if (this.eventId != null) {
			this.jdbc.update("delete from event where id = ?", this.eventId);
		}
		this.sync.sync();
	}

	MockHttpServletRequestBuilder asEditor(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html");
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(asEditor(request)).andReturn();
	}

	MockHttpServletRequestBuilder article(String path, String slug, String title) {
		long version = path.equals("/admin/artikelen") ? 0
				: this.jdbc.queryForObject("select version from article where slug = ?", Long.class, slug);
		return post(path).param("kind", "NEWS")
			.param("slug", slug)
			.param("title", title)
			.param("summary", "De kwispelmarkt is een markt voor honden en hun baasjes.")
			.param("body", "Op de kwispelmarkt ruil je riemen en manden.")
			.param("version", String.valueOf(version));
	}

	String search(String query) throws Exception {
		return this.mvc.perform(get("/zoeken").param("q", query).accept("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void publishedIsFoundAtOnceAndUnpublishedOrDeletedIsGoneAtOnce() throws Exception {
		String edit = perform(article("/admin/artikelen", "vers-kwispelmarkt", "Vers: de kwispelmarkt")).getResponse()
			.getRedirectedUrl();
		assertThat(search("kwispelmarkt")).as("a draft is never found").doesNotContain("/nieuws/vers-kwispelmarkt");

		perform(article(edit, "vers-kwispelmarkt", "Vers: de kwispelmarkt").param("publicatie", "publiceren"));
		assertThat(search("kwispelmarkt")).as("found the moment the admin answers")
			.contains("href=\"/nieuws/vers-kwispelmarkt\"");
		assertThat(search("kwispelmarkten")).as("by its word forms too").contains("/nieuws/vers-kwispelmarkt");

		perform(article(edit, "vers-kwispelmarkt", "Vers: de hondenmarkt"));
		assertThat(search("hondenmarkt")).as("an edit is found at once").contains("Vers: de hondenmarkt");

		perform(article(edit, "vers-kwispelmarkt", "Vers: de hondenmarkt").param("publicatie", "offline"));
		assertThat(search("kwispelmarkt")).as("offline is gone at once").doesNotContain("/nieuws/vers-kwispelmarkt");

		perform(article(edit, "vers-kwispelmarkt", "Vers: de hondenmarkt").param("publicatie", "publiceren"));
		assertThat(search("kwispelmarkt")).contains("/nieuws/vers-kwispelmarkt");
		assertThat(perform(post(edit + "/verwijderen")).getResponse().getStatus()).isEqualTo(302);
		assertThat(search("kwispelmarkt")).as("deleted is gone at once").doesNotContain("/nieuws/vers-kwispelmarkt");
		assertThat(search("kwispelmarkt")).contains("Niets gevonden");
	}

	@Test
	void aCancelledEventIsNotFound() throws Exception {
		Instant start = this.clock.instant().plus(Duration.ofDays(20));
		this.eventId = insertEvent("Vers: snoeiavond in de fruitboomgaard", start);
		this.sync.sync();
		assertThat(search("fruitboomgaard")).contains("Vers: snoeiavond in de fruitboomgaard");

		assertThat(perform(post("/admin/evenementen/" + this.eventId + "/afgelasting")).getResponse().getStatus())
			.isEqualTo(302);
		assertThat(search("fruitboomgaard")).as("cancelled, gone at once")
			.doesNotContain("Vers: snoeiavond in de fruitboomgaard");
		assertThat(search("snoeiavond")).doesNotContain("Vers: snoeiavond in de fruitboomgaard");
	}

	@Test
	void aScheduledArticleIsFoundOnlyFromItsMoment() throws Exception {
		String slug = "vers-gepland-kwispelmarkt";
		String edit = perform(article("/admin/artikelen", slug, "Vers gepland: de kwispelmarkt")).getResponse()
			.getRedirectedUrl();
		LocalDateTime at = LocalDateTime.now(this.clock.withZone(Dates.ZONE)).plusHours(2).withSecond(0).withNano(0);
		MvcResult planned = perform(article(edit, slug, "Vers gepland: de kwispelmarkt").param("publicatie", "plannen")
			.param("publicatiedatum", at.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
			.param("publicatietijd", at.format(DateTimeFormatter.ofPattern("HH:mm"))));
		assertThat(planned.getResponse().getStatus()).isEqualTo(302);
		assertThat(search("kwispelmarkt")).as("not before its moment").doesNotContain("/nieuws/" + slug);

		this.clock.advance(Duration.ofHours(1));
		this.context.getBean(ScheduledPublications.class).publishDue();
		assertThat(search("kwispelmarkt")).as("an hour before, still not").doesNotContain("/nieuws/" + slug);

		this.clock.advance(Duration.ofHours(2));
		this.context.getBean(ScheduledPublications.class).publishDue();
		assertThat(search("kwispelmarkt")).as("from its moment on").contains("href=\"/nieuws/" + slug + "\"");
	}

	private long insertEvent(String title, Instant start) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("insert into event (slug, title, summary, description,"
					+ " starts_at, ends_at, online, town, organiser_name, organiser_phone, step_free, hearing_loop,"
					+ " seating, accessible_toilet, places_taken, max_per_signup, status, created_at, updated_at)"
					+ " values ('vers-snoeiavond', ?, 'Samen snoeien.', 'We snoeien de fruitboomgaard.', ?, ?,"
					+ " false, 'Zwolle', 'Test', '06 12345678', true, false, false, false, 0, 4, 'PUBLISHED', ?, ?)",
					new String[] { "id" });
			statement.setString(1, title);
			statement.setTimestamp(2, Timestamp.from(start));
			statement.setTimestamp(3, Timestamp.from(start.plus(Duration.ofHours(2))));
			statement.setTimestamp(4, now);
			statement.setTimestamp(5, now);
			return statement;
		}, keys);
		return keys.getKey().longValue();
	}

}
