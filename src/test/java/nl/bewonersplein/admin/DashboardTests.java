package nl.bewonersplein.admin;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SiteTest
class DashboardTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	String dashboard(Role role) throws Exception {
		return this.mvc.perform(get("/admin").with(TestAccounts.loggedInAs(role)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void editorsSeeDraftsWaitingAndOnlyTheirOwnMenu() throws Exception {
		String slug = "dashboard-concept-" + System.nanoTime();
		this.jdbc.update("insert into article (slug, kind, title, summary, body, status, updated_at, version)"
				+ " values (?, 'NEWS', 'Concept', '', '', 'DRAFT', current_timestamp, 0)", slug);
		String editor;
		try {
			editor = dashboard(Role.EDITOR);
		}
		finally {
			this.jdbc.update("delete from article where slug = ?", slug);
		}
		assertThat(editor).containsPattern("\\d+ artikel(en zijn| is) nog een concept");
		assertThat(editor).contains("href=\"/admin/artikelen\"")
			.doesNotContain("href=\"/admin/gebruikers\"", "href=\"/admin/audit\"", "href=\"/admin/mail\"");
		String admin = dashboard(Role.ADMIN);
		assertThat(admin).contains("href=\"/admin/gebruikers\"", "href=\"/admin/audit\"", "href=\"/admin/mail\"");
	}

	@Test
	void aCoordinatorDoesNotSeeEditorialWork() throws Exception {
		String coordinator = dashboard(Role.COORDINATOR);
		assertThat(coordinator).contains("Welkom")
			.doesNotContain("nog een concept", "href=\"/admin/artikelen\"", "href=\"/admin/gebruikers\"");
	}

}
