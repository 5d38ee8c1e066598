package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.AuditTrail;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The staff side: a coordinator signs up someone who phoned in ("aangemeld door" is
 * recorded and audited), cancels a sign-up (the waitlist moves up) and moves someone from
 * the waitlist only when there is room.
 */
@SiteTest
class EventAdminTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	EventStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	MockMvc mvc;

	final List<Long> made = new ArrayList<>();

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	Event make(Integer capacity) {
		Instant start = this.clock.instant().plus(Duration.ofDays(15));
		long id = this.store.create(EventFixtures.event("Coördinatoravond", start, start.plus(Duration.ofHours(2)),
				Region.NOORD, capacity, Set.of()), this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	int signUpOnBehalf(Event event, String name, String phone) throws Exception {
		return this.mvc
			.perform(post("/admin/evenementen/" + event.id() + "/aanmeldingen")
				.with(TestAccounts.loggedInAs(Role.EDITOR))
				.with(csrf())
				.param("naam", name)
				.param("email", "")
				.param("telefoon", phone)
				.param("personen", "1")
				.param("opmerking", "Belde op"))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	List<Map<String, Object>> rows(Event event) {
		return this.jdbc.queryForList(
				"select id, name, status, registered_by from event_registration where event_id = ? order by id",
				event.id());
	}

	@Test
	void aCoordinatorSignsUpSomeoneWhoPhonedAndTheListShowsWhoDidIt() throws Exception {
		Event event = make(1);
		assertThat(signUpOnBehalf(event, "Gerrit Telefoon", "0521 123456")).isEqualTo(302);
		assertThat(signUpOnBehalf(event, "Wachtende Wim", "0521 654321")).isEqualTo(302);
		List<Map<String, Object>> rows = rows(event);
		assertThat(rows).extracting((row) -> row.get("status")).containsExactly("CONFIRMED", "WAITLIST");
		assertThat(rows.get(0).get("registered_by")).isEqualTo("Test [EDITOR]");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'event.registration-added'" + " and subject like ?",
				Integer.class, "Evenement " + event.id() + " %"))
			.isEqualTo(2);

		String list = this.mvc
			.perform(get("/admin/evenementen/" + event.id() + "/aanmeldingen")
				.with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Gerrit Telefoon", "0521 123456", "Test [EDITOR]", "Van wachtlijst halen");

		// No room: the waiting one cannot be moved up.
		long waiting = ((Number) rows.get(1).get("id")).longValue();
		this.mvc.perform(post("/admin/evenementen/" + event.id() + "/aanmeldingen/" + waiting + "/bevestiging")
			.with(TestAccounts.loggedInAs(Role.EDITOR))
			.with(csrf()));
		assertThat(rows(event)).extracting((row) -> row.get("status")).containsExactly("CONFIRMED", "WAITLIST");

		// Cancelling the first gives the place to the waiting one.
		long first = ((Number) rows.get(0).get("id")).longValue();
		this.mvc.perform(post("/admin/evenementen/" + event.id() + "/aanmeldingen/" + first + "/annulering")
			.with(TestAccounts.loggedInAs(Role.EDITOR))
			.with(csrf()));
		assertThat(rows(event)).extracting((row) -> row.get("status")).containsExactly("CANCELLED", "CONFIRMED");
		assertThat(this.store.byId(event.id()).orElseThrow().placesTaken()).isEqualTo(1);
		String subject = "Evenement " + event.id() + " \"" + event.title() + "\"";
		assertThat(AuditTrail.shown(this.mvc, "event.registration-added", subject)).containsExactly(
				"Iemand aangemeld door een medewerker | waitlist", "Iemand aangemeld door een medewerker | confirmed");
		assertThat(AuditTrail.shown(this.mvc, "event.registration-cancelled", subject))
			.containsExactly("Aanmelding geannuleerd door een medewerker | aanmelding " + first);
	}

	@Test
	void staffSignUpsGetTheSameClearMessages() throws Exception {
		Event event = make(10);
		assertThat(signUpOnBehalf(event, "", "")).isEqualTo(422);
		assertThat(rows(event)).isEmpty();
		assertThat(this.mvc.perform(get("/admin/evenementen").with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(event.title());
	}

	@Test
	void staffMessageEveryoneSignedUpAndCancellingAnEventTellsThemOnce() throws Exception {
		Event event = make(1);
		for (String email : List.of("bericht-1@voorbeeld.example", "bericht-2@voorbeeld.example")) {
			this.mvc.perform(post("/admin/evenementen/" + event.id() + "/aanmeldingen")
				.with(TestAccounts.loggedInAs(Role.EDITOR))
				.with(csrf())
				.param("naam", "Iemand")
				.param("email", email)
				.param("personen", "1"));
		}
		this.mvc
			.perform(post("/admin/evenementen/" + event.id() + "/berichten").with(TestAccounts.loggedInAs(Role.EDITOR))
				.with(csrf())
				.param("onderwerp", "Andere zaal")
				.param("bericht", "We zitten in zaal 2."));
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(
					post("/admin/evenementen/" + event.id() + "/afgelasting").with(TestAccounts.loggedInAs(Role.EDITOR))
						.with(csrf()));
		}
		for (String email : List.of("bericht-1@voorbeeld.example", "bericht-2@voorbeeld.example")) {
			assertThat(this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id",
					String.class, email))
				.contains("Andere zaal")
				.containsOnlyOnce("Gaat niet door: Coördinatoravond");
		}
		assertThat(this.store.byId(event.id()).orElseThrow().status()).isEqualTo(Event.Status.CANCELLED);
		String subject = "Evenement " + event.id() + " \"" + event.title() + "\"";
		assertThat(AuditTrail.shown(this.mvc, "event.message-sent", subject))
			.containsExactly("Bericht aan de deelnemers verstuurd | 2 e-mails");
		assertThat(AuditTrail.shown(this.mvc, "event.cancelled", subject)).as("cancelled once, though asked twice")
			.containsExactly("Evenement afgelast, deelnemers gemaild | 2 e-mails");
	}

}
