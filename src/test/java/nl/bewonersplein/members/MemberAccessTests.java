package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two member accounts, each keeping its own initiative: each reaches its own edit page,
 * change form and messages, and gets 403 on the other's, whatever it tries.
 */
@SiteTest
class MemberAccessTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	MemberChangeRepository changes;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	MemberInitiative first;

	MemberInitiative second;

	/** A member whose account is linked to their own initiative. */
	record Member(long accountId, String displayName) {

		RequestPostProcessor login() {
			return TestAccounts.loggedInAs(this.accountId, this.displayName, Role.MEMBER);
		}

	}

	final Member anna = new Member(810_001, "Anna");

	final Member bram = new Member(810_002, "Bram");

	@BeforeEach
	void twoInitiativesWithTheirOwnMember() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.first = MemberFixtures.published(this.profiles, MemberFixtures.unique("Eerste Buurtkamer"), "Zwolle");
		this.second = MemberFixtures.published(this.profiles, MemberFixtures.unique("Tweede Buurtkamer"), "Breda");
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", this.first.getId(),
				this.anna.accountId());
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", this.second.getId(),
				this.bram.accountId());
	}

	@AfterEach
	void removeThem() {
		this.initiatives.deleteById(this.first.getId());
		this.initiatives.deleteById(this.second.getId());
	}

	@Test
	void eachMemberReachesOnlyItsOwnInitiative() throws Exception {
		for (String page : List.of("", "/berichten")) {
			assertThat(status(get("/account/initiatieven/" + this.first.getId() + page).with(this.anna.login())))
				.isEqualTo(200);
			assertThat(status(get("/account/initiatieven/" + this.first.getId() + page).with(this.bram.login())))
				.isEqualTo(403);
			assertThat(status(get("/account/initiatieven/" + this.second.getId() + page).with(this.anna.login())))
				.isEqualTo(403);
		}
		String list = this.mvc.perform(get("/account/initiatieven").with(this.anna.login()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(this.first.getName()).doesNotContain(this.second.getName());
	}

	@Test
	void aMemberCannotProposeAChangeToAnotherInitiative() throws Exception {
		int refused = status(post("/account/initiatieven/" + this.second.getId() + "/wijzigingen").with(csrf())
			.with(this.anna.login())
			.param("naam", "Overgenomen")
			.param("soort", "bewonersgroep")
			.param("plaats", "Breda")
			.param("samenvatting", "Niet van jou.")
			.param("versie", "0"));

		assertThat(refused).isEqualTo(403);
		assertThat(this.changes.findFirstByInitiativeIdOrderByCreatedAtDesc(this.second.getId())).isEmpty();

		int own = status(post("/account/initiatieven/" + this.first.getId() + "/wijzigingen").with(csrf())
			.with(this.anna.login())
			.param("naam", this.first.getName())
			.param("soort", "bewonersgroep")
			.param("plaats", "Zwolle")
			.param("samenvatting", "Nu met een nieuwe zin.")
			.param("versie", "0"));
		assertThat(own).isEqualTo(302);
		assertThat(this.changes.findFirstByInitiativeIdOrderByCreatedAtDesc(this.first.getId())).isPresent();
		// Not public before an editor approves it.
		assertThat(this.profiles.get(this.first.getId()).getSummary()).doesNotContain("nieuwe zin");
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
