package nl.bewonersplein.admin;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small things a new user notices (issue 8, defect 6), checked in a real browser.
 */
@SiteTest
class FinishTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openBrowser() {
		this.context = Browser.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void aFailedLoginKeepsTheEmailAddressAndAdminsSeeDutchWords() {
		String email = TestLogins.create(this.app, Role.ADMIN);
		this.page.navigate(url("/inloggen"));
		this.page.locator("#email").fill(email);
		this.page.locator("#wachtwoord").fill("niet het goede wachtwoord");
		this.page.locator("#wachtwoord").press("Enter");
		this.page.waitForURL("**/inloggen?fout");
		assertThat(this.page.locator("#email").inputValue()).isEqualTo(email);
		this.page.locator("#wachtwoord").fill(TestLogins.PASSWORD);
		this.page.locator("#wachtwoord").press("Enter");
		this.page.waitForLoadState();

		this.page.navigate(url("/account"));
		assertThat(this.page.locator("main").innerText()).contains("Beheerder").doesNotContain("ADMIN");

		this.page.navigate(url("/admin/audit"));
		assertThat(this.page.locator("table").innerText()).contains("Ingelogd", "Inloggen mislukt");

		this.page.setViewportSize(390, 800);
		for (String path : new String[] { "/admin/audit", "/admin/gebruikers", "/admin/mail", "/admin/artikelen" }) {
			this.page.navigate(url(path));
			assertThat(this.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as(path)
				.isEqualTo(true);
		}
		this.page.setViewportSize(1280, 900);
		this.page.navigate(url("/admin/organisaties/nieuw"));
		var box = this.page.locator("input[type=checkbox]").first().boundingBox();
		var label = this.page.locator("label:has(input[type=checkbox])").first().boundingBox();
		assertThat(box.width).isGreaterThanOrEqualTo(24);
		assertThat(box.height).isGreaterThanOrEqualTo(24);
		assertThat(box.x).as("box at the start of its label").isLessThan(label.x + 5);
		assertThat(label.height).as("box and text on one line").isLessThan(box.height * 2);
		assertThat(this.page.locator("input[type=url]").first().inputValue()).isEmpty();
	}

	@Test
	void publicPagesUseDutchWordsHyphenationAndFullRows() {
		this.page.navigate(url("/thema"));
		assertThat(this.page.locator("html").getAttribute("lang")).isEqualTo("nl");
		assertThat(this.page.evaluate("getComputedStyle(document.querySelector('main h2')).hyphens")).isEqualTo("auto");
		assertThat(this.page.locator("nav.crumbs").innerText()).contains("Startpagina").doesNotContain("Home");

		this.page.navigate(url("/"));
		Object gap = this.page.evaluate("""
				Array.from(document.querySelectorAll('ul.cards')).map((grid) => {
				  const cards = Array.from(grid.children);
				  if (cards.length === 0 || cards.length > 4) return 0;
				  const right = Math.max(...cards.map((card) => card.getBoundingClientRect().right));
				  return Math.round(grid.getBoundingClientRect().right - right);
				}).reduce((a, b) => Math.max(a, b), 0)""");
		assertThat(((Number) gap).intValue()).as("empty space at the end of a row of cards").isLessThanOrEqualTo(2);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
