package nl.bewonersplein.events;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing up without an account, as a visitor does it: with a phone number only or with
 * an e-mail address (confirmation through the outbox), cancelling through the personal
 * link (the first on the waitlist gets the place and is told), and places never oversold
 * under concurrent sign-ups.
 */
@SiteTest
class RegistrationTests {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|formToken|sleutel)\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	Event make(Integer capacity) {
		Instant start = this.clock.instant().plus(Duration.ofDays(20));
		long id = this.store.create(EventFixtures.event("Aanmeldavond", start, start.plus(Duration.ofHours(2)),
				Region.WEST, capacity, Set.of()), this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	/** Opens the sign-up form; the hidden fields it carries. */
	static Map<String, String> openForm(Http http, Event event) {
		HttpResponse<String> form = http.get("/agenda/" + event.slug() + "/aanmelden");
		assertThat(form.statusCode()).isEqualTo(200);
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(form.body());
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2));
		}
		assertThat(fields).containsKeys("_csrf", "formToken", "sleutel");
		return fields;
	}

	static Map<String, String> filled(Map<String, String> hidden, String name, String email, String phone) {
		Map<String, String> form = new LinkedHashMap<>(hidden);
		form.put("naam", name);
		form.put("email", email);
		form.put("telefoon", phone);
		form.put("personen", "1");
		form.put("opmerking", "");
		form.put("toestemming", "ja");
		form.put("website", "");
		return form;
	}

	List<Map<String, Object>> registrations(Event event) {
		return this.jdbc.queryForList(
				"select id, name, status, email, phone from event_registration where event_id = ? order by id",
				event.id());
	}

	@Test
	void aResidentSignsUpWithOnlyAPhoneNumberAndSeesTheConfirmation() {
		Event event = make(10);
		Http http = Http.withCookies(this.port);
		HttpResponse<String> posted = http.post("/agenda/" + event.slug() + "/aanmeldingen",
				filled(openForm(http, event), "Truus Bakker", "", "06 12345678"));
		assertThat(posted.statusCode()).isEqualTo(302);
		String location = posted.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/agenda/aanmelding/[A-Za-z0-9_-]{43}\\?nieuw");
		String page = http.get(location.replaceFirst("^https?://[^/]+", "")).body();
		assertThat(page).contains("Je bent aangemeld", "Truus Bakker", "06 12345678", "Aanmelding annuleren");
		assertThat(registrations(event)).singleElement()
			.satisfies((row) -> assertThat(row.get("status")).isEqualTo("CONFIRMED"));
		assertThat(this.store.byId(event.id()).orElseThrow().placesTaken()).isEqualTo(1);
		// The token in the link is not stored, only its hash.
		String token = location.replaceAll(".*/aanmelding/", "").replace("?nieuw", "");
		assertThat(this.jdbc.queryForObject("select count(*) from event_registration where token_hash = ?",
				Integer.class, token))
			.isZero();
	}

	@Test
	void aFormWithoutEmailOrPhoneGetsAClearMessageAndKeepsWhatWasTyped() {
		Event event = make(10);
		Http http = Http.withCookies(this.port);
		Map<String, String> form = filled(openForm(http, event), "Henk de Vries", "", "");
		form.put("toestemming", "");
		form.put("personen", "99");
		HttpResponse<String> posted = http.post("/agenda/" + event.slug() + "/aanmeldingen", form);
		assertThat(posted.statusCode()).isEqualTo(422);
		assertThat(posted.body()).contains("Vul je e-mailadres of je telefoonnummer in.", "value=\"Henk de Vries\"",
				"Vul een aantal in van 1 tot en met 4.", "Zet een vinkje");
		assertThat(registrations(event)).isEmpty();
	}

	@Test
	void cancellingGivesThePlaceToTheFirstOnTheWaitlistWhoIsMailedOnce() {
		Event event = make(1);
		Http first = Http.withCookies(this.port);
		String firstLink = first
			.post("/agenda/" + event.slug() + "/aanmeldingen",
					filled(openForm(first, event), "Eerste Persoon", "eerste@voorbeeld.example", ""))
			.headers()
			.firstValue("Location")
			.orElseThrow()
			.replaceFirst("^https?://[^/]+", "")
			.replace("?nieuw", "");
		Http second = Http.withCookies(this.port);
		String waiting = second
			.get(second
				.post("/agenda/" + event.slug() + "/aanmeldingen",
						filled(openForm(second, event), "Tweede Persoon", "tweede@voorbeeld.example", ""))
				.headers()
				.firstValue("Location")
				.orElseThrow()
				.replaceFirst("^https?://[^/]+", ""))
			.body();
		assertThat(waiting).contains("wachtlijst, op plek 1");
		assertThat(mails("eerste@voorbeeld.example")).containsExactly("Je bent aangemeld: Aanmeldavond");
		assertThat(mails("tweede@voorbeeld.example")).containsExactly("Je staat op de wachtlijst: Aanmeldavond");

		String page = first.get(firstLink).body();
		Matcher csrf = HIDDEN.matcher(page);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> cancelled = first.post(firstLink + "/annulering", Map.of("_csrf", csrf.group(2)));
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(first.get(firstLink).body()).contains("Deze aanmelding is geannuleerd");
		// A second cancel changes nothing and mails no one again.
		first.post(firstLink + "/annulering", Map.of("_csrf", csrf.group(2)));
		assertThat(registrations(event)).extracting((row) -> row.get("status"))
			.containsExactly("CANCELLED", "CONFIRMED");
		assertThat(mails("tweede@voorbeeld.example")).containsExactly("Je staat op de wachtlijst: Aanmeldavond",
				"Er is een plek voor je vrij: Aanmeldavond");
		assertThat(this.store.byId(event.id()).orElseThrow().placesTaken()).isEqualTo(1);
	}

	@Test
	void tenConcurrentPostsOfOneFormMakeOneSignUp() throws Exception {
		Event event = make(10);
		Http http = Http.withCookies(this.port);
		Map<String, String> form = filled(openForm(http, event), "Dubbel Klikker", "", "06 11112222");
		List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			posts.add(() -> http.post("/agenda/" + event.slug() + "/aanmeldingen", form));
		}
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<String> locations = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
				assertThat(answer.get().statusCode()).isEqualTo(302);
				locations.add(answer.get().headers().firstValue("Location").orElseThrow());
			}
			assertThat(Set.copyOf(locations)).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(registrations(event)).hasSize(1);
		assertThat(this.store.byId(event.id()).orElseThrow().placesTaken()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from form_submission where token = ? and location is not null", Integer.class,
				form.get("formToken")))
			.as("the site's form token was recorded with the sign-up")
			.isEqualTo(1);
	}

	@Test
	void fiveHundredSimultaneousSignUpsForFiftyPlacesGiveFiftyConfirmedAndTheRestWaitingInOrder() throws Exception {
		Event event = make(50);
		int visitors = 500;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Integer>> posts = new ArrayList<>();
		for (int i = 0; i < visitors; i++) {
			String name = "Bezoeker " + i;
			String phone = "06 " + (20000000 + i);
			posts.add(() -> {
				start.await();
				// Each visitor opens the form and sends it right away, as people do when
				// sign-up opens.
				Http http = Http.withCookies(this.port);
				return http
					.post("/agenda/" + event.slug() + "/aanmeldingen", filled(openForm(http, event), name, "", phone))
					.statusCode();
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(100);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Callable<Integer> post : posts) {
				answers.add(pool.submit(post));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		List<Map<String, Object>> rows = registrations(event);
		assertThat(rows).hasSize(visitors);
		assertThat(rows.stream().filter((row) -> "CONFIRMED".equals(row.get("status")))).hasSize(50);
		assertThat(rows.stream().filter((row) -> "WAITLIST".equals(row.get("status")))).hasSize(450);
		// Arrival order: everyone confirmed was decided before everyone waiting.
		assertThat(rows.subList(0, 50)).allSatisfy((row) -> assertThat(row.get("status")).isEqualTo("CONFIRMED"));
		assertThat(this.store.byId(event.id()).orElseThrow().placesTaken()).isEqualTo(50);
	}

	List<String> mails(String recipient) {
		return this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id", String.class,
				recipient);
	}

}
