package nl.bewonersplein.accounts;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SiteTest
class PersonalDataTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdminExportsAndThenErasesOnePersonsData() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Account member = AccountFixtures.create(this.accounts, this.encoder, Role.MEMBER);
		Http.withCookies(this.port).login(member.getEmail(), AccountFixtures.PASSWORD);

		String json = mvc
			.perform(get("/admin/gebruikers/" + member.getId() + "/export").with(TestAccounts.loggedInAs(Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains(member.getEmail(), member.getDisplayName(), "login.succeeded");

		String confirm = mvc
			.perform(get("/admin/gebruikers/" + member.getId() + "/verwijderen")
				.with(TestAccounts.loggedInAs(Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirm).contains("echt verwijderen",
				"action=\"/admin/gebruikers/" + member.getId() + "/verwijdering\"");
		assertThat(this.accounts.findById(member.getId())).as("nothing is deleted before the confirmation").isPresent();

		mvc.perform(post("/admin/gebruikers/" + member.getId() + "/verwijdering").with(csrf())
			.with(TestAccounts.loggedInAs(Role.ADMIN)));
		assertThat(this.accounts.findById(member.getId())).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action in ('account.exported', 'account.erased') and subject = ?",
				Integer.class, "account " + member.getId()))
			.isEqualTo(2);
		assertThat(Http.withCookies(this.port)
			.login(member.getEmail(), AccountFixtures.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("fout"));
	}

}
