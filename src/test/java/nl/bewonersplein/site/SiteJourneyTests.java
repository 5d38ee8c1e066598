package nl.bewonersplein.site;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor does in a real browser: read the home page, a static page, land on a
 * 404.
 */
@SiteTest
class SiteJourneyTests {

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	final List<String> requests = new ArrayList<>();

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		this.context = Browser.newContext();
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
	void homePageIsAccessibleAndKeyboardFriendly() {
		this.page.navigate(url("/"));
		assertThat(this.page.title()).isEqualTo("Bewonersplein");
		assertThat(Browser.axeViolations(this.page)).isEmpty();

		this.page.keyboard().press("Tab");
		assertThat(this.page.evaluate("document.activeElement.textContent")).isEqualTo("Naar de inhoud");
		this.page.keyboard().press("Enter");
		assertThat(this.page.evaluate("document.activeElement.id")).isEqualTo("inhoud");

		assertThat(this.requests).as("no third-party requests").allMatch((u) -> u.startsWith(url("/")));
		// The browser fetches the favicon (the logo) once more on its own; it is the same
		// resource.
		assertThat(this.requests.stream().distinct().filter((u) -> !u.startsWith(url("/media/"))))
			.as("HTML, one style sheet, one script, the logo (besides the cards' images)")
			.hasSizeLessThanOrEqualTo(4);
		assertThat(this.requests.stream().filter((u) -> u.startsWith(url("/media/"))))
			.as("card images in their small size only")
			.allMatch((u) -> u.matches(".*/media/[0-9]+/[0-9a-f]+-(320|640)\\.(png|jpg|webp)"));
		assertThat(this.consoleErrors).as("no CSP violations or script errors").isEmpty();
	}

	@Test
	void visitorReadsAStaticPageFromTheFooterAndGoesBackByBreadcrumb() {
		this.page.navigate(url("/"));
		this.page.locator("footer").getByText("Toegankelijkheidsverklaring").click();
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Toegankelijkheidsverklaring");
		assertThat(Browser.axeViolations(this.page)).isEmpty();
		this.page.locator("nav.crumbs").getByText("Startpagina").click();
		assertThat(this.page.url()).isEqualTo(url("/"));
	}

	@Test
	void visitorOnAMissingPageSearchesFurther() {
		Response response = this.page.navigate(url("/kaarten-bestellen-oud"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(Browser.axeViolations(this.page)).isEmpty();
		this.page.getByLabel("Waar zoek je naar?").fill("zelfbeheer");
		this.page.locator("main")
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Zoeken"))
			.click();
		assertThat(this.page.url()).contains("/zoeken?q=zelfbeheer");
		assertThat(this.page.locator("ol.results").textContent()).contains("Zelfbeheer");
		assertThat(Browser.axeViolations(this.page)).isEmpty();
	}

	@Test
	void pagesReflowAt320PixelsWithoutSidewaysScrolling() {
		this.page.setViewportSize(320, 800);
		for (String path : List.of("/", "/over-ons", "/privacyverklaring", "/thema", "/zoeken?q=buurt", "/weg")) {
			this.page.navigate(url(path));
			Object overflow = this.page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			assertThat(overflow).as(path).isEqualTo(false);
		}
	}

	@Test
	void visitorSwitchesToEnglishAndBack() {
		this.page.navigate(url("/over-ons"));
		this.page.getByText("English").click();
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(this.page.locator("footer").textContent()).contains("Privacy statement");
		this.page.navigate(url("/"));
		assertThat(this.page.locator("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("en");
		assertThat(Browser.axeViolations(this.page)).isEmpty();
		this.page.getByText("Nederlands").click();
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("nl");
	}

}
