package nl.bewonersplein.orders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.bewonersplein.Browser;
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
 * In a real browser: a resident orders the postcards with the postcode typed as "1234ab",
 * sees the confirmation and gets the mail; a coordinator marks the order packed and sent
 * (the resident gets the "sent" mail) and prints the labels. Every page is checked with
 * axe, and again at a phone's width of 390 px (the order form with and without messages,
 * the confirmation, fulfilment, materials and counts).
 */
@SiteTest
class OrdersJourneyTests {

	static final Path SHOTS = Path.of("target", "screenshots", "orders");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcTemplate jdbc;

	final List<BrowserContext> contexts = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(BrowserContext::close);
	}

	Page person() {
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		return context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void check(Page page, String name) {
		assertThat(Browser.axeViolations(page)).as("axe on " + page.url()).isEmpty();
		page.setViewportSize(1280, 900);
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
	}

	@Test
	void aResidentOrdersPostcardsAndACoordinatorPacksSendsAndPrintsTheLabels() {
		String email = "kaarten-" + System.nanoTime() + "@bewoner.example";
		String name = "Wilma Journey " + System.nanoTime();
		String houseNumber = Integer.toString(ThreadLocalRandom.current().nextInt(100, 99999));
		Page page = person();
		page.navigate(url("/"));
		page.locator("nav.main-nav").getByText("Bestellen").click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Materiaal bestellen");
		check(page, "list");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kaarten met een gedicht van Justin Samgar"))
			.click();
		check(page, "material");

		page.getByLabel("Aantal").fill("2");
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Postcode").fill("1234ab");
		page.getByLabel("Huisnummer").fill(houseNumber);
		page.getByLabel("Straat").fill("Lindelaan");
		page.getByLabel("Plaats").fill("Ergenshuizen");
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Ik geef toestemming").check();
		page.getByText("Bestelling plaatsen").click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Bedankt voor je bestelling");
		assertThat(page.locator("main").textContent()).contains("1234 AB  ERGENSHUIZEN", "Je bestelnummer is B-");
		check(page, "confirmation");
		assertThat(mails(email)).singleElement().asString().contains("2 × stapeltje van 5 kaarten", "1234 AB");

		Page coordinator = person();
		Browser.logIn(coordinator, url("/inloggen"), TestLogins.create(this.app, Role.COORDINATOR));

		coordinator.navigate(url("/admin/bestellingen?status=new&q=" + name.replace(" ", "+")));
		check(coordinator, "admin-list");
		coordinator.locator("input[name=bestelling]").check();
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingepakt")).click();
		assertThat(coordinator.locator("[role=status]").textContent()).contains("De status is aangepast");
		coordinator.navigate(url("/admin/bestellingen?status=packed&q=" + name.replace(" ", "+")));
		APIResponse labels = coordinator.request()
			.get(url("/admin/bestellingen/etiketten?status=packed&q=" + name.replace(" ", "+")));
		assertThat(labels.headers().get("content-type")).isEqualTo("application/pdf");
		assertThat(new String(labels.body(), 0, 5)).isEqualTo("%PDF-");
		coordinator.locator("input[name=bestelling]").check();
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verstuurd (mailt de besteller)"))
			.click();
		assertThat(coordinator.locator("[role=status]").textContent()).contains("De status is aangepast");
		assertThat(mails(email)).hasSize(2).last().asString().contains("is vandaag verstuurd");

		coordinator.navigate(url("/admin/bestellingen/materialen"));
		check(coordinator, "admin-materials");
	}

	/** axe at the page's own (phone) width, and nothing wider than the screen. */
	void checkNarrow(Page page, String name, boolean noSideways) {
		assertThat(Browser.axeViolations(page)).as("axe at 390 px on " + page.url()).isEmpty();
		if (noSideways) {
			assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
				.as("page width at 390 px on " + page.url())
				.isLessThanOrEqualTo(390);
		}
		page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("390-" + name + ".png")).setFullPage(true));
	}

	@Test
	void atPhoneWidthTheOrderFormConfirmationAndFulfilmentPagesHaveNoAxeViolations() {
		Page page = person();
		page.setViewportSize(390, 844);
		page.navigate(url("/bestellen/kaarten-justin-samgar"));
		checkNarrow(page, "material", true);

		// Sent with mistakes: the messages next to the fields pass axe too.
		page.getByLabel("Aantal").fill("1");
		page.getByLabel("Postcode").fill("1234 SA");
		page.getByText("Bestelling plaatsen").click();
		assertThat(page.locator(".field-error").count()).isGreaterThan(0);
		checkNarrow(page, "material-errors", true);

		String houseNumber = Integer.toString(ThreadLocalRandom.current().nextInt(100, 99999));
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Smalle Buur " + System.nanoTime());
		page.getByLabel("Postcode").fill("1234ab");
		page.getByLabel("Huisnummer").fill(houseNumber);
		page.getByLabel("Straat").fill("Lindelaan");
		page.getByLabel("Plaats").fill("Ergenshuizen");
		page.getByLabel("E-mailadres").fill("smal-" + System.nanoTime() + "@bewoner.example");
		page.getByLabel("Ik geef toestemming").check();
		page.getByText("Bestelling plaatsen").click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Bedankt voor je bestelling");
		checkNarrow(page, "confirmation", true);

		Page coordinator = person();
		coordinator.setViewportSize(390, 844);
		Browser.logIn(coordinator, url("/inloggen"), TestLogins.create(this.app, Role.COORDINATOR));
		long material = this.jdbc.queryForObject("select id from order_material where slug = 'kaarten-justin-samgar'",
				Long.class);
		for (String path : List.of("/admin/bestellingen", "/admin/bestellingen?status=new",
				"/admin/bestellingen/materialen", "/admin/bestellingen/overzicht", "/admin/materialen",
				"/admin/materialen/nieuw", "/admin/materialen/" + material)) {
			coordinator.navigate(url(path));
			assertThat(coordinator.locator("h1").count()).as(path).isEqualTo(1);
			checkNarrow(coordinator, path.substring(7).replaceAll("[^a-z0-9]+", "-"), false);
		}
		// A new material sent without its required fields: the form with its messages.
		coordinator.navigate(url("/admin/materialen/nieuw"));
		coordinator.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();
		assertThat(coordinator.locator(".field-error").count()).isGreaterThan(0);
		checkNarrow(coordinator, "material-new-errors", false);
	}

	private List<String> mails(String email) {
		return this.jdbc.queryForList("select text_body from mail_outbox where recipient = ? order by id", String.class,
				email);
	}

}
