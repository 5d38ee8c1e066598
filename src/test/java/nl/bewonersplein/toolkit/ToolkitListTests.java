package nl.bewonersplein.toolkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The admin list of toolkits is the shared admin list: an editor finds toolkits by words
 * in the title, narrows them by status, orders them and pages through them; there is no
 * theme filter and no publishing of several at once (a toolkit goes online by an edition
 * of its own).
 */
@SiteTest
class ToolkitListTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ToolkitAdmin admin;

	@Autowired
	TestClock clock;

	MockMvc mvc;

	final List<Long> ours = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() {
		this.clock.reset();
		this.ours.forEach(this.admin::delete);
	}

	MvcResult perform(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(role)).accept("text/html"))
			.andReturn();
	}

	String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request, Role.EDITOR);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	/**
	 * 26 drafts "Lijsttoets 01" to "Lijsttoets 26", each changed a minute after the last.
	 */
	void makeDrafts() {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= 26; i++) {
			String title = "Lijsttoets %02d".formatted(i);
			this.ours.add(this.admin.create("lijsttoets-" + i + "-" + suffix,
					new ToolkitForm(title, "Ondertitel", "Inleiding.", "Zo werkt het.", List.of())));
			this.clock.advance(Duration.ofMinutes(1));
		}
	}

	@Test
	void anEditorSearchesFiltersSortsAndPagesTheToolkits() throws Exception {
		makeDrafts();

		String found = page(get("/admin/toolkits").param("q", "LIJSTTOETS"));
		assertThat(found)
			.contains("Zoek in de titels", "name=\"status\"", "26 items van de", "Pagina 1 van 2", "rel=\"next\"",
					"href=\"/admin/toolkits/nieuw\"", "href=\"/admin/toolkits/" + this.ours.get(25) + "\"")
			.doesNotContain("Betrokken Buurten");
		// The last changed first: 26 down to 02 on the first page, 01 on the second.
		assertThat(found.indexOf(">Lijsttoets 26<")).isPositive().isLessThan(found.indexOf(">Lijsttoets 25<"));
		assertThat(found).contains(">Lijsttoets 02<").doesNotContain(">Lijsttoets 01<");
		String second = page(get("/admin/toolkits").param("q", "lijsttoets").param("pagina", "2"));
		assertThat(second).contains(">Lijsttoets 01<", "Pagina 2 van 2", "rel=\"prev\"")
			.doesNotContain(">Lijsttoets 02<");

		String byTitle = page(get("/admin/toolkits").param("q", "lijsttoets").param("volgorde", "titel"));
		assertThat(byTitle.indexOf(">Lijsttoets 01<")).isPositive().isLessThan(byTitle.indexOf(">Lijsttoets 02<"));
		assertThat(byTitle).doesNotContain(">Lijsttoets 26<").contains("volgorde=titel&amp;pagina=2");

		String narrowed = page(get("/admin/toolkits").param("q", "lijsttoets 07"));
		assertThat(narrowed).contains(">Lijsttoets 07<", "1 item van de").doesNotContain(">Lijsttoets 08<");

		String online = page(get("/admin/toolkits").param("status", "online"));
		assertThat(online).contains("Betrokken Buurten", "Gepubliceerd", "href=\"/toolkit/betrokken-buurten\"")
			.doesNotContain("Lijsttoets");
		String drafts = page(get("/admin/toolkits").param("status", "concept").param("q", "lijsttoets"));
		assertThat(drafts).contains("26 items van de").doesNotContain("Betrokken Buurten");
	}

	@Test
	void theListHasNoThemeFilterNorBulkPublishingAndNewToolkitsStartOnTheirOwnPage() throws Exception {
		String list = page(get("/admin/toolkits"));
		assertThat(list).contains("<h1>Toolkits</h1>", "Betrokken Buurten", "Alle")
			.doesNotContain("name=\"thema\"", "Gekozen items publiceren", "type=\"checkbox\"");
		assertThat(perform(get("/admin/toolkits"), Role.COORDINATOR).getResponse().getStatus()).isEqualTo(403);

		String form = page(get("/admin/toolkits/nieuw"));
		assertThat(form).contains("<h1>Nieuwe toolkit</h1>", "action=\"/admin/toolkits\"", "name=\"formToken\"",
				"href=\"/admin/toolkits\"");
	}

}
