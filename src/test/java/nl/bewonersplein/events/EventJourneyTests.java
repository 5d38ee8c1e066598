package nl.bewonersplein.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in a real browser: a resident signs up with only a phone number; another signs
 * up by e-mail for a full event's last place, cancels through the personal link from the
 * confirmation mail, and the first on the waitlist gets the place and is mailed; a
 * coordinator signs someone up who phoned in. Every page is checked with axe.
 */
@SiteTest
class EventJourneyTests {

	static final Path SHOTS = Path.of("target", "screenshots", "events");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	EventStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final List<BrowserContext> contexts = new ArrayList<>();

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(BrowserContext::close);
		this.made.forEach(this.store::delete);
	}

	Page visitor() {
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		return context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void check(Page page, String name) {
		assertThat(Browser.axeViolations(page)).as("axe on " + page.url()).isEmpty();
		for (int width : List.of(390, 1280)) {
			page.setViewportSize(width, 900);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + ".png")).setFullPage(true));
		}
	}

	Event make(String title, int capacity) {
		Instant start = this.clock.instant().plus(Duration.ofDays(10));
		long id = this.store.create(
				EventFixtures.event(title, start, start.plus(Duration.ofHours(2)), Region.OOST, capacity, Set.of()),
				this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	void fillSignUp(Page page, String name, String email, String phone) {
		page.getByLabel("Je naam").fill(name);
		if (!email.isEmpty()) {
			page.getByLabel("E-mailadres").fill(email);
		}
		if (!phone.isEmpty()) {
			page.getByLabel("Telefoonnummer").fill(phone);
		}
		page.getByLabel("Ik vind het goed").check();
	}

	@Test
	void aResidentSignsUpWithOnlyAPhoneNumber() {
		Event event = make("Telefoonavond", 20);
		Page page = visitor();
		page.navigate(url("/agenda"));
		check(page, "agenda");
		page.getByText(event.title()).first().click();
		check(page, "event");
		page.getByText("Aanmelden", new Page.GetByTextOptions().setExact(true)).first().click();
		check(page, "signup");
		// First without any way to reach her: a clear message, what was typed kept.
		page.getByLabel("Je naam").fill("Truus Bakker");
		page.getByLabel("Ik vind het goed").check();
		page.locator("main button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.content()).contains("Vul je e-mailadres of je telefoonnummer in.");
		assertThat(page.getByLabel("Je naam").inputValue()).isEqualTo("Truus Bakker");
		check(page, "signup-error");
		page.getByLabel("Telefoonnummer").fill("06 12345678");
		page.getByLabel("Ik vind het goed").check();
		page.locator("main button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.content()).contains("Je bent aangemeld", "06 12345678");
		check(page, "registration");
	}

	@Test
	void someoneCancelsThroughTheMailedLinkAndTheFirstOnTheWaitlistIsPromotedAndMailed() {
		Event event = make("Laatste-plekavond", 1);
		Page first = visitor();
		first.navigate(url("/agenda/" + event.slug() + "/aanmelden"));
		fillSignUp(first, "Els Eerst", "els@voorbeeld.example", "");
		first.locator("main button[type=submit]").click();
		first.waitForLoadState();
		assertThat(first.content()).contains("Je bent aangemeld");

		Page second = visitor();
		second.navigate(url("/agenda/" + event.slug()));
		assertThat(second.content()).contains("Vol. Je kunt je op de wachtlijst zetten.");
		second.getByText("Zet me op de wachtlijst").first().click();
		fillSignUp(second, "Wim Wacht", "wim@voorbeeld.example", "");
		second.locator("main button[type=submit]").click();
		second.waitForLoadState();
		assertThat(second.content()).contains("op plek 1");

		String mail = this.jdbc.queryForObject(
				"select text_body from mail_outbox where recipient = ? order by id fetch first 1 rows only",
				String.class, "els@voorbeeld.example");
		String link = mail.lines().filter((line) -> line.contains("/agenda/aanmelding/")).findFirst().orElseThrow();
		String path = link.substring(link.indexOf("/agenda/aanmelding/")).strip();
		Page again = visitor();
		again.navigate(url(path));
		check(again, "cancel");
		again.getByText("Aanmelding annuleren").click();
		assertThat(again.content()).contains("Deze aanmelding is geannuleerd");

		assertThat(this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id",
				String.class, "wim@voorbeeld.example"))
			.containsExactly("Je staat op de wachtlijst: Laatste-plekavond",
					"Er is een plek voor je vrij: Laatste-plekavond");
	}

	@Test
	void aCoordinatorSignsUpSomeoneWhoPhonedIn() {
		Event event = make("Belavond", 5);
		Page page = visitor();
		Browser.logIn(page, url("/inloggen"), TestLogins.create(this.app, Role.EDITOR));
		page.navigate(url("/admin/evenementen"));
		check(page, "admin-list");
		page.locator("a[aria-label='Aanmeldingen: " + event.title() + "']").first().click();
		page.getByLabel("Naam van de deelnemer").fill("Gerrit Belt");
		page.getByLabel("Telefoonnummer").fill("0521 123456");
		page.getByText("Aanmelden", new Page.GetByTextOptions().setExact(true)).last().click();
		assertThat(page.content()).contains("De aanmelding is opgeslagen.", "Gerrit Belt", "0521 123456");
		check(page, "admin-signups");
	}

}
