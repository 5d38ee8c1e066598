package nl.bewonersplein.members;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.FormRaces;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.FormSubmissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten posts of one filled-in form at once (a double click, an impatient visitor) make one
 * record and all get the same answer, never a 500: the members' create forms use the
 * site's one form-token mechanism ({@link FormSubmissions}).
 */
@SiteTest
class MemberDoubleSubmitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.initiatives::deleteById);
	}

	@Test
	void tenPostsOfOneContactFormSendOneMessage() {
		MemberInitiative initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique("Tien Keer"),
				"Zwolle");
		this.made.add(initiative.getId());
		String contact = MemberPaths.contact(initiative.getSlug());
		Http visitor = Http.withCookies(this.port);
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(visitor.get(contact).body()));
		form.putAll(Map.of("naam", "Tien Keer", "email", "tien@bewoner.example", "bericht",
				"Een keer is genoeg, " + initiative.getSlug()));

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> visitor.post(contact, form));

		assertSameRedirect(answers, contact + "?verstuurd");
		assertThat(this.jdbc.queryForObject("select count(*) from member_message where initiative_id = ?",
				Integer.class, initiative.getId()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where text_body like ?", Integer.class,
				"%" + initiative.getSlug() + "%"))
			.isEqualTo(1);
		assertThat(recorded(form)).isEqualTo(1);
		this.jdbc.update("delete from mail_outbox where text_body like ?", "%" + initiative.getSlug() + "%");
	}

	@Test
	void tenPostsOfOneApplicationStoreOneApplication() {
		String name = MemberFixtures.unique("Aanmelding Tien Keer");
		Http visitor = Http.withCookies(this.port);
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(visitor.get(MemberPaths.APPLY).body()));
		form.putAll(Map.of("naam", name, "soort", "bewonersgroep", "plaats", "Zwolle", "samenvatting",
				"Wij doen iets voor de buurt.", "contactnaam", "Tien Keer", "email", "aanmelding@bewoner.example",
				"motivatie", "We willen leren van anderen."));

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> visitor.post(MemberPaths.APPLY, form));

		assertSameRedirect(answers, MemberPaths.APPLY + "?verstuurd");
		assertThat(
				this.jdbc.queryForObject("select count(*) from member_application where name = ?", Integer.class, name))
			.isEqualTo(1);
		assertThat(recorded(form)).isEqualTo(1);
		this.jdbc.update("delete from mail_outbox where text_body like ?", "%" + name + "%");
		this.jdbc.update("delete from member_application where name = ?", name);
	}

	@Test
	void tenPostsOfTheEditorsNewInitiativeFormMakeOneInitiative() {
		String name = MemberFixtures.unique("Nieuw Tien Keer");
		Http editor = Http.withCookies(this.port);
		assertThat(editor.login(TestLogins.create(this.app, Role.EDITOR), TestLogins.PASSWORD).statusCode())
			.isEqualTo(302);
		Map<String, String> form = new HashMap<>(
				FormRaces.hiddenFields(editor.get(MemberPaths.ADMIN + "/nieuw").body()));
		form.putAll(Map.of("naam", name, "soort", "buurthuis", "plaats", "Zwolle", "samenvatting",
				"Een buurthuis voor iedereen."));

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> editor.post(MemberPaths.ADMIN, form));

		List<Long> ids = this.jdbc.queryForList("select id from member_initiative where name = ?", Long.class, name);
		this.made.addAll(ids);
		assertThat(ids).hasSize(1);
		assertSameRedirect(answers, MemberPaths.ADMIN + "/" + ids.get(0));
		assertThat(recorded(form)).isEqualTo(1);
	}

	private int recorded(Map<String, String> form) {
		assertThat(form).containsKey(FormSubmissions.FIELD);
		return this.jdbc.queryForObject("select count(*) from form_submission where token = ? and location is not null",
				Integer.class, form.get(FormSubmissions.FIELD));
	}

	private static void assertSameRedirect(List<HttpResponse<String>> answers, String location) {
		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting((answer) -> answer.headers().firstValue("Location").orElse(""))
			.allSatisfy((where) -> assertThat(where).endsWith(location));
	}

}
