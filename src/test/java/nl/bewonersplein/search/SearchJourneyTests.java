package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
 * Search as a resident uses it in a real browser: from the header's box on any page, with
 * a typo that "Bedoelde je" puts right, a compound part, a facet, and a suggestion picked
 * with the keyboard that opens its page; on a phone and on a desktop screen. Every search
 * page, the open suggestion list and the admin page have no axe violations, and no script
 * breaks the Content-Security-Policy.
 */
@SiteTest
class SearchJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	BrowserContext context;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		this.context = Browser.newContext();
		this.page = this.context.newPage();
		this.page.onResponse((response) -> {
			if (response.status() >= 400) {
				this.consoleErrors.add(response.status() + " " + response.url());
			}
		});
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

	Locator headerBox() {
		return this.page.locator("header").getByLabel("Zoek op de site");
	}

	void noViolations(String where) {
		assertThat(Browser.axeViolations(this.page)).as(where).isEmpty();
	}

	@Test
	void onADesktopScreen() {
		journey(1280, 900);
	}

	@Test
	void onAPhone() {
		journey(390, 844);
	}

	void journey(int width, int height) {
		this.page.setViewportSize(width, height);
		this.page.navigate(url("/over-ons"));
		Object overflow = this.page.evaluate("Array.from(document.querySelectorAll('body *'))"
				+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
				+ ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')");
		assertThat(overflow).as("the header with its search box fits: nothing wider than the screen").isEqualTo("");
		noViolations("a page with the header's search box");

		// A typo, sent from the header with Enter: no suggestion is chosen, the form is
		// sent.
		headerBox().fill("eenzaamhied");
		headerBox().press("Enter");
		this.page.waitForURL(Pattern.compile(".*/zoeken\\?q=eenzaamhied$"));
		Locator didYouMean = this.page.locator(".did-you-mean");
		assertThat(didYouMean.textContent()).startsWith("Bedoelde je");
		noViolations("results with Bedoelde je");
		didYouMean.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
		this.page.waitForURL(Pattern.compile(".*/zoeken\\?q=eenzaamheid$"));
		assertThat(this.page.locator("ol.results").textContent()).contains("Betrokken Buurten");

		// A facet narrows the results: its count is what is left.
		String before = this.page.locator("main p[role=status]").textContent();
		Locator step = this.page.locator("aside.facets a")
			.filter(new Locator.FilterOptions().setHasText("Toolkitstap"));
		String count = step.locator(".count").textContent().replaceAll("\\D", "");
		Locator fold = this.page.locator("aside.facets summary");
		if (fold.isVisible()) {
			// On a phone the filters are folded away below a "Filters" button.
			fold.click();
		}
		step.click();
		this.page.waitForURL(Pattern.compile(".*soort=step.*"));
		String after = this.page.locator("main p[role=status]").textContent();
		assertThat(after).isNotEqualTo(before).startsWith(count + " resultaten");
		assertThat(this.page.locator("ol.results .label").allTextContents()).containsOnly("Toolkitstap");
		assertThat(this.page.locator(".active-filters").textContent()).contains("Toolkitstap");
		noViolations("results narrowed by a facet");

		// A compound part: "huizen" finds the article about buurthuizen (the word list
		// has
		// "huizen").
		Locator pageBox = this.page.locator("main").getByLabel("Waar zoek je naar?");
		pageBox.fill("huizen");
		pageBox.press("Enter");
		this.page.waitForURL(Pattern.compile(".*/zoeken\\?q=huizen$"));
		assertThat(this.page.locator("ol.results a[href='/nieuws/buurthuizen-open-houden']").count()).isEqualTo(1);

		// Nothing found: tips, popular themes and the phone number.
		pageBox = this.page.locator("main").getByLabel("Waar zoek je naar?");
		pageBox.fill("xqzwvk");
		pageBox.press("Enter");
		this.page.waitForURL(Pattern.compile(".*/zoeken\\?q=xqzwvk$"));
		assertThat(this.page.locator(".no-results").textContent()).contains("We vonden niets", "Bel ons");
		noViolations("no results");

		// A suggestion chosen with the keyboard opens its page.
		this.page.navigate(url("/"));
		headerBox().focus();
		headerBox().pressSequentially("buurthuiz");
		Locator options = this.page.locator("header [role=option]");
		options.first().waitFor();
		assertThat(headerBox().getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(this.page.locator("header [data-suggest-status]").textContent()).contains("suggestie");
		headerBox().press("ArrowDown");
		assertThat(headerBox().getAttribute("aria-activedescendant")).isEqualTo(options.first().getAttribute("id"));
		assertThat(options.first().getAttribute("aria-selected")).isEqualTo("true");
		noViolations("the open suggestion list");
		String target = options.first().getAttribute("data-url");
		assertThat(target).startsWith("/");
		headerBox().press("Enter");
		this.page.waitForURL(url(target));
		assertThat(this.page.locator("h1").textContent()).containsIgnoringCase("buurthui");

		assertThat(this.consoleErrors).as("no CSP violations or script errors").isEmpty();
	}

	@Test
	void theSuggestionListOnTheSearchPageAndTheAdminPageAreAccessible() {
		this.page.navigate(url("/zoeken?q=buurt"));
		Locator box = this.page.locator("main").getByLabel("Waar zoek je naar?");
		box.fill("");
		box.pressSequentially("buurt");
		this.page.locator("main [role=option]").first().waitFor();
		box.press("ArrowDown");
		box.press("ArrowDown");
		assertThat(box.getAttribute("aria-activedescendant")).endsWith("-1");
		box.press("Escape");
		assertThat(this.page.locator("main [role=listbox]").isHidden()).isTrue();
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
		noViolations("the search page after closing the list");

		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.app, Role.ADMIN));
		this.page.navigate(url("/admin/zoeken"));
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Zoeken beheren");
		noViolations("/admin/zoeken");
		assertThat(this.consoleErrors).as("no CSP violations or script errors").isEmpty();
	}

}
