package nl.bewonersplein.members;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.FormRaces;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator declines an application: only with a message, which the contact person
 * gets by e-mail; no profile is made, and the decision cannot be turned into an approval
 * afterwards.
 */
@SiteTest
class MemberApplicationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcTemplate jdbc;

	String name;

	String contact;

	@AfterEach
	void removeOurs() {
		this.jdbc.update("delete from mail_outbox where recipient = ?", this.contact);
		this.jdbc.update("delete from member_application where name = ?", this.name);
	}

	@Test
	void aDeclinedApplicationMailsTheReasonAndMakesNoProfile() {
		this.name = MemberFixtures.unique("Afgewezen Buurtclub");
		this.contact = "afgewezen-" + System.nanoTime() + "@bewoner.example";
		Http applicant = Http.withCookies(this.port);
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(applicant.get(MemberPaths.APPLY).body()));
		form.putAll(Map.of("naam", this.name, "soort", "bewonersgroep", "plaats", "Zwolle", "samenvatting",
				"Wij verkopen vooral spullen.", "contactnaam", "Kees Visser", "email", this.contact, "motivatie",
				"We willen meer klanten."));
		assertThat(applicant.post(MemberPaths.APPLY, form).statusCode()).isEqualTo(302);
		long id = this.jdbc.queryForObject("select id from member_application where name = ?", Long.class, this.name);

		Http editor = Http.withCookies(this.port);
		assertThat(editor.login(TestLogins.create(this.app, Role.EDITOR), TestLogins.PASSWORD).statusCode())
			.isEqualTo(302);
		String page = MemberPaths.ADMIN + "/aanmeldingen/" + id;
		HttpResponse<String> silent = editor.submit(page, page + "/afwijzing", Map.of("bericht", "  "));
		assertThat(silent.statusCode()).isEqualTo(422);
		assertThat(status(id)).isEqualTo("NEW");

		HttpResponse<String> declined = editor.submit(page, page + "/afwijzing",
				Map.of("bericht", "Jullie zijn een winkel, geen bewonersinitiatief."));
		assertThat(declined.statusCode()).isEqualTo(302);
		assertThat(status(id)).isEqualTo("DECLINED");
		List<String> mails = this.jdbc.queryForList("select text_body from mail_outbox where recipient = ? order by id",
				String.class, this.contact);
		assertThat(mails).last()
			.satisfies((mail) -> assertThat(mail).contains("Kees Visser", "We kunnen jullie helaas geen lid maken",
					"Jullie zijn een winkel, geen bewonersinitiatief."));

		// Approving it afterwards changes nothing: no profile, no invitation.
		HttpResponse<String> late = editor.submit(page, page + "/goedkeuring", Map.of("bericht", "Toch welkom."));
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith(page);
		assertThat(status(id)).isEqualTo("DECLINED");
		assertThat(this.jdbc.queryForObject("select count(*) from member_initiative where name = ?", Integer.class,
				this.name))
			.isZero();
		assertThat(this.jdbc.queryForList("select text_body from mail_outbox where recipient = ?", String.class,
				this.contact))
			.noneMatch((mail) -> mail.contains("/uitnodiging/"));
	}

	private String status(long id) {
		return this.jdbc.queryForObject("select status from member_application where id = ?", String.class, id);
	}

}
