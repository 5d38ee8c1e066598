package nl.bewonersplein.events;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.FormRaces;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors and coordinators create and edit events in the admin through the shared edit
 * flow: a new event is a draft until published; Dutch dates and times in
 * Europe/Amsterdam; clear 422 messages with the form kept; a stale edit answers 409; a
 * changed address redirects; publishing puts it in the agenda and the site search; a
 * larger capacity promotes the waitlist; ten concurrent posts of one form make one event.
 */
@SiteTest
class EventEditingTests {

	private static final Pattern LOCATION = Pattern.compile("/admin/evenementen/([0-9]+)$");

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApplicationContext app;

	@Autowired
	EventStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

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

	/** A complete form for an on-site event three weeks from now. */
	Map<String, String> filledIn(String title) {
		LocalDate day = LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(21);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("slug", "");
		form.put("summary", "Samen oefenen met de toolkit.");
		form.put("description", "We werken **samen** aan een plan voor de buurt.");
		form.put("startDate", day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear());
		form.put("startTime", "19.30");
		form.put("endDate", "");
		form.put("endTime", "21:00");
		form.put("venue", "Buurthuis De Linde");
		form.put("address", "Lindeplein 4");
		form.put("town", "Amersfoort");
		form.put("region", "MIDDEN");
		form.put("organiserName", "Fatima Oulad");
		form.put("organiserPhone", "033 123 45 67");
		form.put("stepFree", "ja");
		form.put("hearingLoop", "ja");
		form.put("free", "ja");
		form.put("capacity", "2");
		form.put("maxPerSignUp", "2");
		return form;
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, Role role) {
		return request.with(TestAccounts.loggedInAs(role)).with(csrf());
	}

	MockHttpServletResponse postForm(String path, Map<String, String> form, Role role) throws Exception {
		MockHttpServletRequestBuilder request = as(post(path), role);
		form.forEach(request::param);
		return this.mvc.perform(request).andReturn().getResponse();
	}

	long created(MockHttpServletResponse response) {
		assertThat(response.getStatus()).as(response.getContentAsByteArray().length + " bytes").isEqualTo(302);
		Matcher matcher = LOCATION.matcher(response.getRedirectedUrl());
		assertThat(matcher.find()).as(response.getRedirectedUrl()).isTrue();
		long id = Long.parseLong(matcher.group(1));
		this.made.add(id);
		return id;
	}

	@Test
	void aCoordinatorCreatesADraftWithDutchDatesThenPublishesIt() throws Exception {
		String word = "lindeavond" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = filledIn("Toolkitavond " + word);
		String page = this.mvc.perform(as(get("/admin/evenementen/nieuw"), Role.COORDINATOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Begindatum", "Bijvoorbeeld 8-12-2026", "data-body-editor", "name=\"imagePath\"");
		form.putAll(FormRaces.hiddenFields(page));
		form.remove("_csrf");
		long id = created(postForm("/admin/evenementen", form, Role.COORDINATOR));

		Event event = this.store.byId(id).orElseThrow();
		assertThat(event.status()).isEqualTo(Event.Status.DRAFT);
		assertThat(event.slug()).isEqualTo("toolkitavond-" + word);
		assertThat(event.startsAt().atZone(Dates.ZONE).toLocalTime()).hasToString("19:30");
		assertThat(event.endsAt().atZone(Dates.ZONE).toLocalTime()).hasToString("21:00");
		assertThat(event.region()).hasToString("MIDDEN");
		assertThat(event.access().stepFree()).isTrue();
		assertThat(event.access().seating()).isFalse();
		assertThat(event.price()).isNull();
		assertThat(event.capacity()).isEqualTo(2);
		assertThat(this.mvc.perform(get("/agenda/" + event.slug())).andReturn().getResponse().getStatus())
			.as("a draft is not public")
			.isEqualTo(404);
		assertThat(audits("event.created", id)).isEqualTo(1);

		// Publish from the edit form: saves what is typed, then puts it online.
		Map<String, String> edit = new HashMap<>(form);
		edit.remove("formToken");
		edit.put("slug", event.slug());
		edit.put("version", String.valueOf(event.version()));
		edit.put("publicatie", "publiceren");
		MockHttpServletResponse published = postForm("/admin/evenementen/" + id, edit, Role.COORDINATOR);
		assertThat(published.getStatus()).isEqualTo(302);
		assertThat(this.store.byId(id).orElseThrow().status()).isEqualTo(Event.Status.PUBLISHED);
		assertThat(this.mvc.perform(get("/agenda/" + event.slug())).andReturn().getResponse().getContentAsString())
			.contains("Toolkitavond " + word, "Buurthuis De Linde", "19:30");
		assertThat(audits("event.published", id)).isEqualTo(1);
		assertThat(this.mvc.perform(get("/zoeken").param("q", word)).andReturn().getResponse().getContentAsString())
			.as("the search index sees the published event")
			.contains("Toolkitavond " + word);
	}

	@Test
	void aFormWithMistakesAnswers422WithClearMessagesAndKeepsWhatWasTyped() throws Exception {
		Map<String, String> form = filledIn("Avond met fouten");
		form.put("startDate", "31-2-2027");
		form.put("endTime", "half acht");
		form.put("venue", "");
		form.put("free", "");
		form.put("capacity", "nul");
		MockHttpServletResponse response = postForm("/admin/evenementen", form, Role.EDITOR);
		assertThat(response.getStatus()).isEqualTo(422);
		String body = response.getContentAsString();
		assertThat(body).contains("Dit is geen datum die we kunnen lezen. Schrijf hem als 8-12-2026",
				"Dit is geen tijd die we kunnen lezen", "Vul dit in voor een evenement op locatie",
				"Vul de prijs in, of vink Gratis aan", "Vul een aantal plaatsen in van 1 tot en met 100000",
				"value=\"Avond met fouten\"", "value=\"31-2-2027\"", "value=\"half acht\"", "Lindeplein 4");

		// The end before the start, and an online event without its link.
		Map<String, String> online = filledIn("Online avond");
		online.put("online", "ja");
		online.put("startTime", "21:00");
		online.put("endTime", "19:30");
		String answer = postForm("/admin/evenementen", online, Role.EDITOR).getContentAsString();
		assertThat(answer).contains("Het einde moet na het begin liggen", "Vul de link naar de online bijeenkomst in");
		assertThat(this.jdbc.queryForObject("select count(*) from event where title in (?, ?)", Integer.class,
				"Avond met fouten", "Online avond"))
			.isZero();
	}

	@Test
	void editingChangesTheEventKeepsTheOldAddressAndNoticesAStaleForm() throws Exception {
		Map<String, String> form = filledIn("Buurtavond " + UUID.randomUUID().toString().substring(0, 6));
		form.put("publicatie", "publiceren");
		long id = created(postForm("/admin/evenementen", form, Role.EDITOR));
		Event event = this.store.byId(id).orElseThrow();
		assertThat(event.status()).isEqualTo(Event.Status.PUBLISHED);

		String page = this.mvc.perform(as(get("/admin/evenementen/" + id), Role.EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"" + event.title() + "\"", "value=\"19:30\"", "Buurthuis De Linde");
		Map<String, String> edit = new HashMap<>(form);
		edit.remove("publicatie");
		edit.put("title", event.title() + " in de Linde");
		edit.put("slug", event.slug() + "-linde");
		edit.put("endDate", LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(22).toString());
		edit.put("version", String.valueOf(event.version()));
		assertThat(postForm("/admin/evenementen/" + id, edit, Role.EDITOR).getStatus()).isEqualTo(302);
		Event changed = this.store.byId(id).orElseThrow();
		assertThat(changed.title()).endsWith("in de Linde");
		assertThat(Duration.between(changed.startsAt(), changed.endsAt())).isEqualTo(Duration.ofMinutes(25 * 60 + 30));
		Http visitor = new Http(this.port);
		HttpResponse<String> old = visitor.get("/agenda/" + event.slug());
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/agenda/" + changed.slug());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from editorial_revision where kind = 'event' and item_id = ?", Integer.class, id))
			.isEqualTo(2);

		// The same form again, opened on the old version: someone else saved meanwhile.
		edit.put("title", "Mijn eigen titel");
		MockHttpServletResponse stale = postForm("/admin/evenementen/" + id, edit, Role.EDITOR);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Mijn eigen titel");
		assertThat(this.store.byId(id).orElseThrow().title()).endsWith("in de Linde");

		// Deleted after the question: its address answers 410 Gone from then on.
		assertThat(this.mvc.perform(as(get("/admin/evenementen/" + id + "/verwijderen"), Role.EDITOR))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(changed.title());
		assertThat(postForm("/admin/evenementen/" + id + "/verwijderen", Map.of(), Role.EDITOR).getStatus())
			.isEqualTo(302);
		assertThat(this.store.byId(id)).isEmpty();
		assertThat(visitor.get("/agenda/" + changed.slug()).statusCode()).isEqualTo(410);
		assertThat(audits("event.deleted", id)).isEqualTo(1);
	}

	@Test
	void aLargerCapacityPromotesTheWaitlistAndASmallerOneThanTakenIsRefused() throws Exception {
		Map<String, String> form = filledIn("Volle avond " + UUID.randomUUID().toString().substring(0, 6));
		form.put("publicatie", "publiceren");
		long id = created(postForm("/admin/evenementen", form, Role.EDITOR));
		for (String name : List.of("Een", "Twee", "Drie")) {
			this.registrations.register(id,
					new Registrations.SignUp(name, "", "06 1234567" + name.length(), 1, "", Tokens.next(), null));
		}
		Event full = this.store.byId(id).orElseThrow();
		assertThat(full.placesTaken()).isEqualTo(2);

		Map<String, String> edit = new HashMap<>(form);
		edit.remove("publicatie");
		edit.put("slug", full.slug());
		edit.put("version", String.valueOf(full.version()));
		edit.put("capacity", "1");
		MockHttpServletResponse refused = postForm("/admin/evenementen/" + id, edit, Role.EDITOR);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Er zijn al 2 plaatsen bezet");

		edit.put("capacity", "3");
		assertThat(postForm("/admin/evenementen/" + id, edit, Role.EDITOR).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select status from event_registration where event_id = ? order by id",
				String.class, id))
			.containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED");
		assertThat(this.store.byId(id).orElseThrow().placesTaken()).isEqualTo(3);
	}

	@Test
	void aDraftIsPreviewedAndScheduledFromTheSameForm() throws Exception {
		Map<String, String> form = filledIn("Geplande avond " + UUID.randomUUID().toString().substring(0, 6));
		long id = created(postForm("/admin/evenementen", form, Role.EDITOR));
		Event draft = this.store.byId(id).orElseThrow();
		Map<String, String> edit = new HashMap<>(form);
		edit.put("slug", draft.slug());
		edit.put("version", String.valueOf(draft.version()));
		edit.put("voorbeeld", "1");
		MockHttpServletResponse preview = postForm("/admin/evenementen/" + id, edit, Role.EDITOR);
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentAsString()).contains("Voorbeeld van de beschrijving", "<strong>samen</strong>");

		edit.remove("voorbeeld");
		LocalDate tomorrow = LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(1);
		edit.put("publicatie", "plannen");
		edit.put("publicatiedatum",
				tomorrow.getDayOfMonth() + "-" + tomorrow.getMonthValue() + "-" + tomorrow.getYear());
		edit.put("publicatietijd", "9:00");
		assertThat(postForm("/admin/evenementen/" + id, edit, Role.EDITOR).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from editorial_schedule where kind = 'event' and item_id = ?" + " and done_at is null",
				Integer.class, id))
			.isEqualTo(1);
		assertThat(this.store.byId(id).orElseThrow().status()).isEqualTo(Event.Status.DRAFT);
		assertThat(audits("event.scheduled", id)).isEqualTo(1);
	}

	@Test
	void tenConcurrentPostsOfOneNewEventFormMakeOneEvent() {
		Http editor = Http.withCookies(this.port);
		assertThat(editor.login(TestLogins.create(this.app, Role.EDITOR), TestLogins.PASSWORD).statusCode())
			.isEqualTo(302);
		String title = "Tien keer " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(editor.get("/admin/evenementen/nieuw").body()));
		assertThat(form).containsKey("formToken");
		form.putAll(filledIn(title));

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> editor.post("/admin/evenementen", form));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting((answer) -> answer.headers().firstValue("Location").orElse(""))
			.containsOnly(answers.get(0).headers().firstValue("Location").orElseThrow());
		List<Long> ids = this.jdbc.queryForList("select id from event where title = ?", Long.class, title);
		this.made.addAll(ids);
		assertThat(ids).hasSize(1);
	}

	int audits(String action, long id) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject like ?",
				Integer.class, action, "Evenement " + id + " %");
	}

}
