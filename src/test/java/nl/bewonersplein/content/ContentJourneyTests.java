package nl.bewonersplein.content;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
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
 * A visitor reads the model page in a real browser, plays the video only when they ask
 * for it, browses the lists and a theme; an editor works in the admin. Every page has 0
 * axe violations and no console errors (so no CSP violations, JSON-LD included).
 */
@SiteTest
class ContentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext app;

	BrowserContext context;

	Page page;

	final List<String> requests = new ArrayList<>();

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		this.context = Browser.newContext();
		// No internet here: the video host answers from the test, so the click can be
		// seen.
		this.context.route("https://www.youtube-nocookie.com/**",
				(route) -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(200)
					.setContentType("text/html")
					.setBody("<!DOCTYPE html><title>player</title>")));
		this.page = this.context.newPage();
		this.page.onRequest((request) -> this.requests.add(request.url()));
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeBrowser() {
		if (this.context != null) {
			this.context.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void visitorReadsTheModelPageAndPlaysTheVideoOnlyAfterAClick() {
		this.page.navigate(url(ArticlePagesTests.LAUNCH));
		assertThat(this.page.locator("h1").textContent())
			.isEqualTo("De toolkit Betrokken Buurten tegen eenzaamheid staat online");
		assertThat(this.page.locator("time").textContent()).isEqualTo("24/11/2026");
		assertThat(this.page.locator("article .label").first().textContent()).isEqualTo("Nieuws");
		assertThat(this.page.locator(".thanks").textContent()).contains("VSBfonds", "Oranje Fonds", "RCOAK", "Movisie",
				"Fontys Hogescholen");
		assertThat(this.page.locator(".related h2").allTextContents()).contains("Gerelateerd nieuws",
				"Uit de kennisbank");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print dit artikel"))
			.isVisible()).isTrue();
		assertThat(this.page.locator("iframe").count()).isZero();
		assertThat(Browser.axeViolations(this.page)).isEmpty();
		assertThat(this.requests).as("no request to a video host, or anyone else, before the click")
			.allMatch((u) -> u.startsWith(url("/")));

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speel de video hier af")).click();
		assertThat(this.page.locator("figure.video iframe").getAttribute("src"))
			.startsWith("https://www.youtube-nocookie.com/embed/");
		this.page.waitForCondition(
				() -> this.requests.stream().anyMatch((u) -> u.startsWith("https://www.youtube-nocookie.com/")));
		assertThat(this.requests).as("after the click, only the privacy-friendly player")
			.allMatch((u) -> u.startsWith(url("/")) || u.startsWith("https://www.youtube-nocookie.com/"));
		assertThat(this.consoleErrors).as("no CSP violations (frame, JSON-LD) or script errors").isEmpty();
	}

	@Test
	void withoutJavaScriptTheVideoIsALinkToTheHost() {
		BrowserContext noScript = Browser.newContext();
		try {
			Page plain = noScript.newPage();
			plain.navigate(url(ArticlePagesTests.LAUNCH));
			plain.evaluate("() => document.documentElement.classList.remove('js')");
			assertThat(plain.locator("figure.video a").getAttribute("href"))
				.startsWith("https://www.youtube.com/watch?v=");
			assertThat(plain.getByText("Speel de video hier af").isVisible()).as("the button needs JS").isFalse();
		}
		finally {
			noScript.close();
		}
	}

	@Test
	void listsAndThemePagesAreAccessible() {
		for (String path : List.of("/nieuws", "/nieuws?thema=zelfbeheer&soort=nieuws", "/kennis",
				"/kennis/evaluatie-r2c-rotterdam", "/thema/eenzaamheid-verminderen")) {
			this.page.navigate(url(path));
			assertThat(Browser.axeViolations(this.page)).as(path).isEmpty();
		}
		this.page.navigate(url("/nieuws"));
		this.page.getByLabel("Thema").selectOption("buurtrechten");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")).click();
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Nieuws: Buurtrechten");
		this.page.setViewportSize(320, 800);
		for (String path : List.of(ArticlePagesTests.LAUNCH, "/nieuws", "/kennis")) {
			this.page.navigate(url(path));
			assertThat(this.page.evaluate("document.documentElement.scrollWidth > window.innerWidth")).as(path)
				.isEqualTo(false);
		}
		assertThat(this.consoleErrors).isEmpty();
	}

	@Test
	void theAdminFormsAreAccessible() {
		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.app, Role.EDITOR));
		long article = any("article");
		long theme = any("theme");
		long page = any("static_page");
		long supporter = any("supporter");
		for (String path : List.of("/admin/artikelen", "/admin/artikelen/nieuw", "/admin/artikelen/" + article,
				"/admin/artikelen/" + article + "/verwijderen", "/admin/themas", "/admin/themas/" + theme,
				"/admin/paginas", "/admin/paginas/" + page, "/admin/organisaties",
				"/admin/organisaties/" + supporter)) {
			this.page.navigate(url(path));
			assertThat(this.page.url()).as(path).isEqualTo(url(path));
			assertThat(Browser.axeViolations(this.page)).as(path).isEmpty();
		}
		this.page.navigate(url("/admin/artikelen/nieuw"));
		this.page.locator("#title").fill("");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept")).click();
		assertThat(this.page.locator(".field-error").first().textContent()).isEqualTo("Vul dit veld in.");
		assertThat(Browser.axeViolations(this.page)).as("form with errors").isEmpty();
		this.page.locator("#body").fill("## Kop\n\nEen **vet** woord.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk voorbeeld")).click();
		assertThat(this.page.locator(".preview h2").last().textContent()).isEqualTo("Kop");
		// The browser logs the form's 422 answer; anything else would be a fault.
		assertThat(this.consoleErrors).allMatch((error) -> error.contains("status of 422"));
	}

	/** The id of some existing row of this table, whatever the demo content holds. */
	private long any(String table) {
		return this.jdbc.queryForObject("select min(id) from " + table, Long.class);
	}

}
