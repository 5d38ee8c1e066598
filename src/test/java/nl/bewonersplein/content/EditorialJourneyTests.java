package nl.bewonersplein.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.editorial.ScheduledPublications;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors in a real browser: schedule an article and see it appear on the news list, in
 * the feed and in search when the (test) clock passes its moment; bring back an earlier
 * revision; change an address and find the old one answering 301; save at the same time
 * as a colleague and get the conflict page with nothing lost; share a preview link that
 * works logged out until it is revoked; manage redirects. Every admin page of the
 * workflow has 0 axe violations.
 */
@SiteTest
class EditorialJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext app;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledPublications job;

	@Autowired
	ArticleRepository articles;

	final List<BrowserContext> contexts = new ArrayList<>();

	/** Two editors by name, each with an account of their own. */
	String anna;

	String bram;

	@BeforeEach
	void editors() {
		this.anna = TestLogins.create(this.app, "Anna", Role.EDITOR);
		this.bram = TestLogins.create(this.app, "Bram", Role.EDITOR);
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		this.contexts.forEach(BrowserContext::close);
		for (String slug : List.of("journey-gepland", "journey-versies", "journey-nieuw-adres", "journey-adres",
				"journey-samen", "journey-voorbeeld")) {
			this.articles.findBySlug(slug).ifPresent((article) -> {
				for (String table : List.of("editorial_revision", "editorial_schedule", "editorial_preview_link")) {
					this.jdbc.update("delete from " + table + " where kind = 'article' and item_id = ?",
							article.getId());
				}
				this.articles.delete(article);
			});
		}
		this.jdbc.update("delete from slug_redirect where old_path like '/nieuws/journey-%'");
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	Page loggedIn(String email) {
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		Page page = context.newPage();
		Browser.logIn(page, url("/inloggen"), email);
		return page;
	}

	Page loggedOut() {
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		return context.newPage();
	}

	void button(Page page, String name) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	/** The page-address field, which sits folded away under "Adres van de pagina". */
	Locator address(Page page) {
		Locator field = page.locator("#slug");
		if (!field.isVisible()) {
			page.locator("[data-address-field] > summary").click();
		}
		return field;
	}

	/** Writes a new article and saves it as a draft; returns its edit page. */
	String write(Page page, String slug, String title, String body) {
		page.navigate(url("/admin/artikelen/nieuw"));
		page.locator("#title").fill(title);
		address(page).fill(slug);
		page.locator("#summary").fill("Een korte inleiding voor de lijst.");
		page.locator("#body").fill(body);
		button(page, "Opslaan als concept");
		page.waitForURL((address) -> address.matches(".*/admin/artikelen/[0-9]+$"));
		return page.url();
	}

	void noAxeViolations(Page page, String what) {
		assertThat(Browser.axeViolations(page)).as(what).isEmpty();
	}

	HttpResponse<String> raw(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aScheduledArticleAppearsOnTimeOnTheNewsListInTheFeedAndInSearch() throws Exception {
		Page page = loggedIn(this.anna);
		String edit = write(page, "journey-gepland", "Gepland: de buurtbieb opent", "De buurtbieb opent zaterdag.");
		noAxeViolations(page, "edit page of a draft");
		LocalDateTime at = LocalDateTime.now(this.clock.withZone(Dates.ZONE)).plusHours(1);
		page.locator("#publicatiedatum").fill(at.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
		page.locator("#publicatietijd").fill(at.format(DateTimeFormatter.ofPattern("HH:mm")));
		button(page, "Opslaan en plannen");
		assertThat(page.locator(".publication-state").textContent()).contains("Gepland");
		noAxeViolations(page, "edit page of a scheduled article");
		page.navigate(url("/nieuws"));
		assertThat(page.content()).doesNotContain("Gepland: de buurtbieb opent");

		this.clock.advance(Duration.ofHours(2));
		this.job.publishDue();
		page.navigate(url("/nieuws"));
		assertThat(page.locator("main").textContent()).contains("Gepland: de buurtbieb opent");
		assertThat(raw("/nieuws/feed.rss").body()).contains("Gepland: de buurtbieb opent");
		page.navigate(url("/zoeken?q=buurtbieb"));
		assertThat(page.locator("main").textContent()).contains("Gepland: de buurtbieb opent");
		page.navigate(edit);
		assertThat(page.locator(".publication-state").textContent()).contains("Dit staat op de site");
	}

	@Test
	void anEditorBringsBackAnEarlierRevisionAndAnOldAddressAnswers301() throws Exception {
		Page page = loggedIn(this.anna);
		String edit = write(page, "journey-versies", "Versies in de browser", "De oorspronkelijke tekst.");
		button(page, "Opslaan en publiceren");
		page.locator("#body").fill("Een heel andere tekst.");
		button(page, "Opslaan (blijft op de site)");
		assertThat(page.locator(".revisions").textContent()).contains("Versie 3", "Gewijzigd: Tekst");
		noAxeViolations(page, "edit page with revisions");

		page.getByText("Vergelijk versie 3 met de vorige").click();
		assertThat(String.join(" ", page.locator(".diff del").allTextContents())).contains("oorspronkelijke");
		noAxeViolations(page, "revision comparison");
		button(page, "Versie 2 terugzetten");
		assertThat(page.locator("#body").inputValue()).isEqualTo("De oorspronkelijke tekst.");
		assertThat(page.locator(".revisions").textContent()).contains("Versie 2 teruggezet.");
		assertThat(raw("/nieuws/journey-versies").body()).as("still published, with the old text")
			.contains("De oorspronkelijke tekst.");

		address(page).fill("journey-nieuw-adres");
		button(page, "Opslaan (blijft op de site)");
		HttpResponse<String> old = raw("/nieuws/journey-versies");
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/nieuws/journey-nieuw-adres");
		assertThat(edit).isNotEmpty();
	}

	@Test
	void theSecondOfTwoConcurrentSavesGetsTheConflictPageAndNothingIsLost() throws Exception {
		Page anna = loggedIn(this.anna);
		String edit = write(anna, "journey-samen", "Samen schrijven", "Het buurthuis is open op maandag.");
		Page bram = loggedIn(this.bram);
		bram.navigate(edit);
		anna.navigate(edit);
		anna.locator("#body").fill("Het buurthuis is open op maandag en dinsdag.");
		bram.locator("#body").fill("Het buurthuis is open op maandag, koffie staat klaar.");
		button(anna, "Opslaan als concept");
		button(bram, "Opslaan als concept");
		assertThat(bram.locator("#conflict-title").textContent())
			.isEqualTo("Iemand anders heeft dit intussen ook aangepast");
		assertThat(bram.locator(".conflict").textContent()).contains("Anna sloeg het op");
		assertThat(bram.locator(".conflict .diff ins").allTextContents()).anyMatch((t) -> t.contains("koffie"));
		assertThat(bram.locator("#body").inputValue()).as("Bram's text is kept in the form")
			.isEqualTo("Het buurthuis is open op maandag, koffie staat klaar.");
		noAxeViolations(bram, "conflict page");
		assertThat(this.articles.findBySlug("journey-samen").orElseThrow().getBody()).as("Anna's save stands")
			.isEqualTo("Het buurthuis is open op maandag en dinsdag.");

		bram.locator("#body").fill("Het buurthuis is open op maandag en dinsdag, koffie staat klaar.");
		button(bram, "Opslaan als concept");
		assertThat(bram.locator("#conflict-title").count()).isZero();
		assertThat(this.articles.findBySlug("journey-samen").orElseThrow().getBody())
			.isEqualTo("Het buurthuis is open op maandag en dinsdag, koffie staat klaar.");
	}

	@Test
	void aSharedPreviewLinkWorksLoggedOutAndStopsWhenRevoked() throws Exception {
		Page page = loggedIn(this.anna);
		write(page, "journey-voorbeeld", "Voor de partner", "Deze tekst is nog geheim.");
		button(page, "Maak een geheime link");
		String link = page.locator("#nieuwe-voorbeeldlink").inputValue();
		assertThat(link).contains("/voorbeeld/");
		noAxeViolations(page, "edit page with a new preview link");

		Page partner = loggedOut();
		partner.navigate(link);
		assertThat(partner.locator("h1").textContent()).isEqualTo("Voor de partner");
		assertThat(partner.locator("main").textContent()).contains("Deze tekst is nog geheim.");
		noAxeViolations(partner, "preview page");

		page.reload();
		button(page, "Intrekken");
		assertThat(page.locator(".preview-links").textContent()).contains("ingetrokken");
		var answer = partner.navigate(link);
		assertThat(answer.status()).isEqualTo(410);
		assertThat(partner.locator("h1").textContent()).isEqualTo("Deze voorbeeldlink werkt niet meer");
		noAxeViolations(partner, "revoked preview page");
	}

	@Test
	void theRedirectManagerIsAccessible() {
		Page page = loggedIn(this.anna);
		page.navigate(url("/admin/doorverwijzingen"));
		noAxeViolations(page, "redirect list");
		page.getByText("Doorverwijzing toevoegen").click();
		noAxeViolations(page, "new redirect");
		page.getByLabel("Oud adres").fill("/nieuws/journey-oud");
		page.getByLabel("Stuur door naar").fill("/nieuws/journey-oud");
		button(page, "Opslaan");
		assertThat(page.locator(".field-error").first().textContent()).contains("rondje");
		noAxeViolations(page, "redirect form with a message");
		page.getByLabel("Stuur door naar").fill("/nieuws");
		button(page, "Opslaan");
		assertThat(page.locator("table").textContent()).contains("/nieuws/journey-oud");
		noAxeViolations(page, "redirect list with a redirect");
	}

}
