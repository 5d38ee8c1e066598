package nl.bewonersplein;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.accounts.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site on a 390 pixel phone and on paper: no page scrolls sideways (public pages and
 * the admin), the filters of the directory, the agenda and the search results fold away
 * so the results come first (and open with the keyboard), the admin menu folds the same
 * way, the header leaves most of the first screen to the page, and print leaves out the
 * navigation.
 */
@SiteTest
class PhoneAndPrintJourneyTests {

	static final List<String> PUBLIC_PAGES = List.of("/", "/leden", "/leden?regio=noord", "/leden/kaart",
			"/leden/in-de-buurt", "/agenda", "/agenda/afgelopen", "/zoeken?q=buurt", "/nieuws",
			"/nieuws/toolkit-betrokken-buurten-online", "/kennis", "/thema", "/toolkit", "/toolkit/betrokken-buurten",
			"/toolkit/betrokken-buurten/een-praatje-is-een-begin", "/bestellen", "/bestellen/kaarten-justin-samgar",
			"/inloggen", "/leden/lid-worden");

	static final List<String> ADMIN_PAGES = List.of("/admin", "/admin/artikelen", "/admin/artikelen/nieuw",
			"/admin/themas", "/admin/paginas", "/admin/organisaties", "/admin/media", "/admin/media/nieuw",
			"/admin/evenementen", "/admin/evenementen/nieuw", "/admin/toolkits", "/admin/leden", "/admin/leden/nieuw",
			"/admin/leden/aanmeldingen", "/admin/leden/wijzigingen", "/admin/leden/import", "/admin/bestellingen",
			"/admin/bestellingen/materialen", "/admin/bestellingen/overzicht", "/admin/materialen",
			"/admin/doorverwijzingen", "/admin/gebruikers", "/admin/zoeken", "/admin/audit", "/admin/mail");

	/** Lists whose first item's edit form is checked too. */
	static final List<String> EDITED_FROM = List.of("/admin/artikelen", "/admin/evenementen", "/admin/materialen",
			"/admin/toolkits", "/admin/leden", "/admin/media", "/admin/gebruikers");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openPhone() {
		this.context = Browser.newContext();
		this.page = this.context.newPage();
		this.page.setViewportSize(390, 844);
	}

	@AfterEach
	void closeBrowser() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void publicPagesFitAPhoneWithoutSidewaysScrolling() {
		for (String path : PUBLIC_PAGES) {
			this.page.navigate(url(path));
			assertFits(path);
		}
	}

	@Test
	void theHeaderLeavesThePhonesFirstScreenToThePage() {
		this.page.navigate(url("/nieuws"));
		Locator menu = this.page.locator(".main-nav");
		double headerEnd = menu.boundingBox().y + menu.boundingBox().height;
		assertThat(headerEnd).as("the header, search box and menu included, ends in the first third of 844 px")
			.isLessThan(844 / 3.0);
		assertThat(this.page.locator("main h1").boundingBox().y).isLessThan(844 * 0.45);
		Locator items = this.page.locator(".main-nav a");
		for (int i = 0; i < items.count(); i++) {
			assertThat(items.nth(i).boundingBox().height).as("menu item " + i + " is a 44 px target")
				.isGreaterThanOrEqualTo(44);
		}
		assertThat(this.page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Zoek op de site"))
			.isVisible()).as("the search box keeps its name, labelled by its button on screen").isTrue();
		assertThat(Browser.axeViolations(this.page)).isEmpty();
	}

	@Test
	void adminPagesAndEditFormsFitAPhoneWithTheMenuFolded() {
		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.app, Role.ADMIN));
		List<String> paths = new ArrayList<>(ADMIN_PAGES);
		for (String list : EDITED_FROM) {
			this.page.navigate(url(list));
			Object first = this.page.evaluate("(list) => { const a = [...document.querySelectorAll('main a')]"
					+ ".map((e) => e.getAttribute('href')).find((h) => new RegExp('^' + list + '/[0-9]+$').test(h));"
					+ " return a || null; }", list);
			assertThat(first).as("an item to edit in " + list).isNotNull();
			paths.add((String) first);
		}
		for (String path : paths) {
			this.page.navigate(url(path));
			assertFits(path);
		}

		this.page.navigate(url("/admin/artikelen"));
		Locator menu = this.page.locator("nav.admin-menu details");
		assertThat(menu.getAttribute("open")).as("the admin menu is folded on a phone").isNull();
		assertThat(this.page.locator("nav.admin-menu a[href='/admin/media']").isVisible()).isFalse();
		assertThat(this.page.locator("nav.admin-menu summary").innerText()).contains("Menu", "Artikelen");
		assertThat(this.page.locator("main h1").boundingBox().y).as("the page's heading on the first screen")
			.isLessThan(844);
		assertThat(Browser.axeViolations(this.page)).isEmpty();
		this.page.locator("nav.admin-menu summary").click();
		assertThat(this.page.locator("nav.admin-menu a[href='/admin/media']").isVisible()).isTrue();

		this.page.setViewportSize(1280, 900);
		this.page.navigate(url("/admin/artikelen"));
		assertThat(this.page.locator("nav.admin-menu a[href='/admin/media']").isVisible())
			.as("the menu is open on a wide screen")
			.isTrue();
		assertThat(this.page.locator("nav.admin-menu summary").isVisible()).isFalse();
	}

	@Test
	void directoryFiltersAreFoldedOnAPhoneAndOpenWithTheKeyboard() {
		this.page.navigate(url("/leden?regio=noord"));
		Locator panel = this.page.locator("details.filter-panel");
		assertThat(panel.getAttribute("open")).isNull();
		assertThat(this.page.locator("#q").isVisible()).isFalse();
		assertThat(this.page.locator("details.filter-panel > summary").innerText()).isEqualTo("Filters (1 actief)");
		var fold = this.page.locator("details.filter-panel > summary").boundingBox();
		assertThat(fold.y).as("the folded filters start on the first screen").isLessThan(844);
		assertThat(this.page.locator("#resultaten").boundingBox().y - (fold.y + fold.height))
			.as("the results right below the folded filters")
			.isLessThan(80);
		assertThat(Browser.axeViolations(this.page)).isEmpty();

		for (int i = 0; i < 40 && !"SUMMARY".equals(this.page.evaluate("document.activeElement.tagName")); i++) {
			this.page.keyboard().press("Tab");
		}
		assertThat(this.page.evaluate("document.activeElement.tagName")).as("the fold is reached by Tab")
			.isEqualTo("SUMMARY");
		this.page.keyboard().press("Enter");
		assertThat(panel.getAttribute("open")).isNotNull();
		assertThat(this.page.locator("#q").isVisible()).isTrue();
		assertThat(Browser.axeViolations(this.page)).isEmpty();

		this.page.navigate(url("/leden"));
		assertThat(this.page.locator("details.filter-panel > summary").innerText()).as("no count without filters")
			.isEqualTo("Filters");

		this.page.setViewportSize(1280, 900);
		this.page.navigate(url("/leden"));
		assertThat(this.page.locator("#q").isVisible()).as("open on a wide screen").isTrue();
	}

	@Test
	void agendaAndSearchFiltersAreFoldedOnAPhone() {
		for (String path : List.of("/agenda?vorm=ter-plaatse", "/zoeken?q=buurt&soort=news")) {
			this.page.navigate(url(path));
			Locator summary = this.page.locator("details.filter-panel > summary");
			assertThat(summary.innerText()).as(path).isEqualTo("Filters (1 actief)");
			assertThat(this.page.locator(".filter-panel .collapsible-body").isVisible()).as(path).isFalse();
			assertThat(Browser.axeViolations(this.page)).as(path).isEmpty();
			summary.press("Enter");
			assertThat(this.page.locator(".filter-panel .collapsible-body").isVisible()).as(path).isTrue();
		}
		// Measured on the page as it opens, not scrolled by the keyboard to the filters.
		this.page.navigate(url("/zoeken?q=buurt&soort=news"));
		assertThat(this.page.locator("ol.results > li h2").first().boundingBox().y)
			.as("the first result's title starts on the first screen, a line to spare")
			.isLessThan(844 - 40);
		assertThat(this.page.locator(".header-search").count()).as("no second search box above the search form")
			.isZero();
	}

	@Test
	void printLeavesOutTheNavigationAndTheFilters() {
		for (String path : List.of("/leden", "/nieuws/toolkit-betrokken-buurten-online",
				"/agenda/toolkitwerkplaats-utrecht")) {
			this.page.navigate(url(path));
			this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			for (String chrome : List.of(".main-nav", ".header-search", ".crumbs", ".site-footer", ".skip-link",
					".filter-panel", ".member-tools", ".card-image", "a[href$='.ics']")) {
				Locator found = this.page.locator(chrome);
				for (int i = 0; i < found.count(); i++) {
					assertThat(found.nth(i).isVisible()).as(path + " prints " + chrome).isFalse();
				}
			}
			assertThat(this.page.locator("main h1").isVisible()).as(path).isTrue();
			assertThat(this.page.locator(".print-address").isVisible()).as(path).isTrue();
			this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

	void assertFits(String path) {
		Object fits = this.page.evaluate("document.scrollingElement.scrollWidth <= window.innerWidth");
		assertThat(fits).as(path + " scrolls sideways at 390 px").isEqualTo(true);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
