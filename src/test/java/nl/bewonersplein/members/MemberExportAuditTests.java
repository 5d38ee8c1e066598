package nl.bewonersplein.members;

import java.nio.charset.StandardCharsets;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.AuditTrail;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Downloading the directory as CSV is recorded in the audit log, with who did it and, on
 * the admin's audit page, in words.
 */
@SiteTest
class MemberExportAuditTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anEditorsExportIsInTheAuditLog() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		long editor = 830_001;
		int before = exports(editor);

		MvcResult export = mvc
			.perform(get("/admin/leden/export").with(TestAccounts.loggedInAs(editor, "Eva Export", Role.EDITOR)))
			.andReturn();

		assertThat(export.getResponse().getStatus()).isEqualTo(200);
		assertThat(new String(export.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
			.contains("De Huiskamer");
		assertThat(exports(editor)).isEqualTo(before + 1);
		long count = this.initiatives.count();
		assertThat(AuditTrail.shown(mvc, "member.exported", "Ledenlijst")).first()
			.isEqualTo("Leden geëxporteerd | " + count + " initiatieven");
		String page = mvc
			.perform(get("/admin/audit").param("actie", "member.exported")
				.with(TestAccounts.loggedInAs(Role.ADMIN))
				.accept("text/html"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Eva Export");
	}

	private int exports(long actor) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'member.exported' and actor_id = ?", Integer.class,
				actor);
	}

}
