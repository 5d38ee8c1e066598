package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Several people share one initiative: an editor invites two, each chooses a password
 * through the link in their own invitation mail and logs in, and both reach the
 * initiative's own edit page and messages; a member of another initiative still does not.
 */
@SiteTest
class MemberSharedInitiativeTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	MemberInitiative shared;

	MemberInitiative other;

	final long otherMember = 820_001;

	final String anna = MemberFixtures.unique("anna").replace(' ', '-') + "@gedeeld.example";

	final String carla = MemberFixtures.unique("carla").replace(' ', '-') + "@gedeeld.example";

	@BeforeEach
	void twoInitiatives() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.shared = MemberFixtures.published(this.profiles, MemberFixtures.unique("Gedeelde Buurtkamer"), "Deventer");
		this.other = MemberFixtures.published(this.profiles, MemberFixtures.unique("Andere Buurtkamer"), "Almelo");
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", this.other.getId(),
				this.otherMember);
	}

	@AfterEach
	void removeThem() {
		this.initiatives.deleteById(this.shared.getId());
		this.initiatives.deleteById(this.other.getId());
		this.jdbc.update("delete from mail_outbox where recipient in (?, ?)", this.anna, this.carla);
	}

	@Test
	void twoInvitedPeopleBothKeepTheInitiativeAndNoOneElseDoes() throws Exception {
		invite("Anna Gedeeld", this.anna);
		invite("Carla Gedeeld", this.carla);
		String edit = this.mvc.perform(get("/admin/leden/" + this.shared.getId()).with(editor()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Anna Gedeeld", "Carla Gedeeld");

		for (String email : List.of(this.anna, this.carla)) {
			MockHttpSession session = acceptAndLogIn(email);
			String base = "/account/initiatieven/" + this.shared.getId();
			MvcResult own = this.mvc.perform(get(base).session(session)).andReturn();
			assertThat(own.getResponse().getStatus()).as(email + " on the edit page").isEqualTo(200);
			assertThat(own.getResponse().getContentAsString()).contains(this.shared.getName());
			assertThat(
					this.mvc.perform(get(base + "/berichten").session(session)).andReturn().getResponse().getStatus())
				.as(email + " on the messages")
				.isEqualTo(200);
			assertThat(this.mvc.perform(get("/account/initiatieven").session(session))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains(this.shared.getName()).doesNotContain(this.other.getName());
			for (String page : List.of("", "/berichten")) {
				assertThat(status(get("/account/initiatieven/" + this.other.getId() + page).session(session)))
					.as(email + " on the other initiative" + page)
					.isEqualTo(403);
			}
		}
		for (String page : List.of("", "/berichten")) {
			assertThat(status(get("/account/initiatieven/" + this.shared.getId() + page)
				.with(TestAccounts.loggedInAs(this.otherMember, "Bram Anders", Role.MEMBER))))
				.as("the other initiative's member" + page)
				.isEqualTo(403);
		}
	}

	private void invite(String name, String email) throws Exception {
		MvcResult invited = this.mvc
			.perform(post("/admin/leden/" + this.shared.getId() + "/uitnodigingen").with(csrf())
				.with(editor())
				.param("naam", name)
				.param("email", email))
			.andReturn();
		assertThat(invited.getResponse().getStatus()).isEqualTo(302);
		assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/admin/leden/" + this.shared.getId());
	}

	/** Chooses a password through the invitation mail, then logs in through the form. */
	private MockHttpSession acceptAndLogIn(String email) throws Exception {
		String link = link(email, "/uitnodiging/");
		assertThat(status(get(link))).isEqualTo(200);
		MvcResult chosen = this.mvc
			.perform(
					post(link).with(csrf()).param("password", TestLogins.PASSWORD).param("repeat", TestLogins.PASSWORD))
			.andReturn();
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/inloggen?wachtwoord-gekozen");
		MvcResult loggedIn = this.mvc
			.perform(post("/inloggen").with(csrf()).param("email", email).param("wachtwoord", TestLogins.PASSWORD))
			.andReturn();
		assertThat(loggedIn.getResponse().getRedirectedUrl()).as(email + " logs in").doesNotContain("fout");
		return (MockHttpSession) loggedIn.getRequest().getSession();
	}

	private String link(String email, String prefix) {
		List<String> mails = this.jdbc.queryForList("select text_body from mail_outbox where recipient = ? order by id",
				String.class, email);
		assertThat(mails).as("the invitation mail to " + email).hasSize(1);
		String mail = mails.get(0);
		int start = mail.indexOf(prefix);
		assertThat(start).as("a link in the mail").isNotNegative();
		int end = start;
		while (end < mail.length() && !Character.isWhitespace(mail.charAt(end))) {
			end++;
		}
		return mail.substring(start, end);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return TestAccounts.loggedInAs(Role.EDITOR);
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
