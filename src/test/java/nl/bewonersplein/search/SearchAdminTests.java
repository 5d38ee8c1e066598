package nl.bewonersplein.search;

import java.util.Map;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.AuditTrail;
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
 * The editors' side of search at {@code /admin/zoeken}: a synonym group is added, changed
 * and deleted, each audited and in effect at once; bad input gets 422 with the text kept,
 * a stale edit 409 with the text kept and nothing overwritten; a full re-index shows its
 * progress and search keeps answering meanwhile.
 */
@SiteTest
class SearchAdminTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reindexing reindexing;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from search_synonym where terms like '%pluktuin%'");
		this.context.getBean(Synonyms.class).changed();
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(TestAccounts.loggedInAs(Role.EDITOR)).with(csrf()).accept("text/html"))
			.andReturn();
	}

	String search(String query) throws Exception {
		return this.mvc.perform(get("/zoeken").param("q", query).accept("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long group() {
		return this.jdbc.queryForObject("select id from search_synonym where terms like '%pluktuin%'", Long.class);
	}

	long version() {
		return this.jdbc.queryForObject("select version from search_synonym where terms like '%pluktuin%'", Long.class);
	}

	int audited(String action, long group) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
				Integer.class, action, "Zoekwoorden " + group);
	}

	@Test
	void synonymGroupsAreAddedChangedAndDeletedWithTheirTextNeverLost() throws Exception {
		assertThat(search("pluktuin")).as("before: an unknown word").contains("Niets gevonden");

		MvcResult bad = perform(post("/admin/zoeken/synoniemen").param("woorden", "pluktuin"));
		assertThat(bad.getResponse().getStatus()).as("one word is no group").isEqualTo(422);
		assertThat(bad.getResponse().getContentAsString()).contains("Geef minstens twee woorden")
			.contains("value=\"pluktuin\"")
			.contains("aria-invalid=\"true\"");

		MvcResult added = perform(post("/admin/zoeken/synoniemen").param("woorden", "pluktuin, moestuin"));
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		assertThat(added.getFlashMap().get("flash")).isEqualTo("search.admin.synonyms.saved");
		long id = group();
		assertThat(search("pluktuin")).as("in effect at once").contains("/nieuws/moestuin-achter-de-flat");
		assertThat(audited("search.synonyms-saved", id)).isEqualTo(1);

		long opened = version();
		MvcResult invalid = perform(post("/admin/zoeken/synoniemen/" + id).param("versie", String.valueOf(opened))
			.param("woorden", "pluktuin,"));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString()).as("what was typed stays in the field")
			.contains("id=\"groep-" + id + "\" name=\"woorden\" value=\"pluktuin,\"");

		MvcResult changed = perform(post("/admin/zoeken/synoniemen/" + id).param("versie", String.valueOf(opened))
			.param("woorden", "pluktuin, moestuin, volkstuin"));
		assertThat(changed.getResponse().getStatus()).isEqualTo(302);
		assertThat(audited("search.synonyms-saved", id)).isEqualTo(2);

		MvcResult stale = perform(post("/admin/zoeken/synoniemen/" + id).param("versie", String.valueOf(opened))
			.param("woorden", "pluktuin, groentetuin"));
		assertThat(stale.getResponse().getStatus()).as("based on the version before the change").isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("Iemand anders heeft deze groep intussen")
			.as("my text kept, theirs shown")
			.contains("value=\"pluktuin, groentetuin\"")
			.contains("Nu opgeslagen: <q>pluktuin, moestuin, volkstuin</q>")
			.contains("name=\"versie\" value=\"" + version() + "\"");
		assertThat(this.jdbc.queryForObject("select terms from search_synonym where id = ?", String.class, id))
			.as("nothing overwritten")
			.isEqualTo("pluktuin, moestuin, volkstuin");
		assertThat(audited("search.synonyms-saved", id)).isEqualTo(2);

		MvcResult deleted = perform(post("/admin/zoeken/synoniemen/" + id + "/verwijdering"));
		assertThat(deleted.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select count(*) from search_synonym where id = ?", Integer.class, id))
			.isZero();
		assertThat(audited("search.synonyms-deleted", id)).isEqualTo(1);
		assertThat(AuditTrail.shown(this.mvc, "search.synonyms-saved", "Zoekwoorden " + id)).containsExactly(
				"Zoekwoorden met dezelfde betekenis opgeslagen | pluktuin, moestuin, volkstuin",
				"Zoekwoorden met dezelfde betekenis opgeslagen | pluktuin, moestuin");
		assertThat(AuditTrail.shown(this.mvc, "search.synonyms-deleted", "Zoekwoorden " + id))
			.containsExactly("Zoekwoorden met dezelfde betekenis verwijderd | pluktuin, moestuin, volkstuin");
		assertThat(search("pluktuin")).as("no longer in effect").contains("Niets gevonden");

		MvcResult gone = perform(
				post("/admin/zoeken/synoniemen/" + id).param("versie", "0").param("woorden", "pluktuin, boomgaard"));
		assertThat(gone.getResponse().getStatus()).as("a group deleted meanwhile").isEqualTo(409);
		assertThat(gone.getResponse().getContentAsString()).as("the text moves to the new group's field")
			.contains("id=\"nieuwe-groep\" name=\"woorden\" value=\"pluktuin, boomgaard\"");
	}

	/** The flat JSON object of the progress: its values as text. */
	static Map<String, String> json(String json) {
		Map<String, String> values = new java.util.HashMap<>();
		var matcher = java.util.regex.Pattern.compile("\"(\\w+)\":(\"([^\"]*)\"|[^,}]*)").matcher(json);
		while (matcher.find()) {
			values.put(matcher.group(1), (matcher.group(3) != null) ? matcher.group(3) : matcher.group(2));
		}
		return values;
	}

	@Test
	void aFullReindexShowsItsProgressAndSearchKeepsAnswering() throws Exception {
		long documents = this.jdbc.queryForObject("select count(*) from search_document", Long.class);
		MvcResult started = perform(post("/admin/zoeken/herindexering"));
		assertThat(started.getResponse().getStatus()).isEqualTo(302);
		assertThat(started.getFlashMap().get("flash")).isEqualTo("search.admin.reindex.started");

		Map<String, String> progress = Map.of();
		for (int i = 0; i < 600; i++) {
			assertThat(search("zelfbeheer")).as("search answers during the re-index")
				.contains("href=\"/thema/zelfbeheer\"");
			String json = this.mvc
				.perform(get("/admin/zoeken/herindexering").with(TestAccounts.loggedInAs(Role.EDITOR))
					.accept("application/json"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			progress = json(json);
			if (!"running".equals(progress.get("state"))) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(progress.get("state")).isEqualTo("done");
		assertThat(progress.get("done")).isEqualTo(String.valueOf(documents)).isEqualTo(progress.get("total"));
		assertThat(progress.get("text")).contains(String.valueOf(documents));
		assertThat(perform(get("/admin/zoeken")).getResponse().getContentAsString()).contains("role=\"status\"")
			.contains(String.valueOf(documents));
		assertThat(this.jdbc.queryForObject("select count(*) from search_document", Long.class))
			.as("no document lost or doubled")
			.isEqualTo(documents);
		assertThat(search("zelfbeheer")).contains("href=\"/thema/zelfbeheer\"");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where action = 'search.reindex-started'",
				Integer.class))
			.isPositive();
		assertThat(AuditTrail.shown(this.mvc, "search.reindex-started", "Zoekindex")).first()
			.isEqualTo("Opnieuw indexeren gestart | ");
	}

}
