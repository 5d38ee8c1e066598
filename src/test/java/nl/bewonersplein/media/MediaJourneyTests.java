package nl.bewonersplein.media;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
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
 * An editor in a real browser: uploads an image with its description, finds it again by
 * searching the library, chooses it as an article's image and sees it on the public page
 * in every size. The library's list, upload form, detail page and picker have 0 axe
 * violations.
 */
@SiteTest
class MediaJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void anEditorUploadsFindsAndUsesAnImage() {
		logIn();
		this.page.navigate(url("/admin/media"));
		assertThat(Browser.axeViolations(this.page)).as("list").isEmpty();

		this.page.navigate(url("/admin/media/nieuw"));
		assertThat(Browser.axeViolations(this.page)).as("upload form").isEmpty();
		this.page.locator("#bestand")
			.setInputFiles(new FilePayload("zomerfeest.png", "image/png", TestImages.png(1400, 900)));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uploaden")).click();
		assertThat(this.page.locator(".field-error").first().textContent()).as("a description is required")
			.contains("Schrijf wat er op de afbeelding te zien is");
		assertThat(Browser.axeViolations(this.page)).as("upload form with errors").isEmpty();
		this.page.locator("#bestand")
			.setInputFiles(new FilePayload("zomerfeest.png", "image/png", TestImages.png(1400, 900)));
		this.page.locator("#alt").fill("Buren dansen op het zomerfeest in het park");
		this.page.locator("#bijschrift").fill("Het zomerfeest van de Parkbuurt");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uploaden")).click();
		assertThat(this.page.url()).matches(".*/admin/media/\\d+");
		assertThat(Browser.axeViolations(this.page)).as("detail").isEmpty();
		String id = this.page.url().replaceAll(".*/", "");

		this.page.navigate(url("/admin/media"));
		this.page.locator("#q").fill("zomerfeest");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon")).click();
		assertThat(this.page.locator("main").textContent()).contains("Buren dansen op het zomerfeest in het park");
		assertThat(Browser.axeViolations(this.page)).as("search results").isEmpty();

		this.page.navigate(url("/admin/media/kiezen?q=zomerfeest"));
		assertThat(this.page.locator("main").textContent()).contains("Buren dansen op het zomerfeest in het park");
		assertThat(Browser.axeViolations(this.page)).as("picker").isEmpty();

		this.page.navigate(url("/admin/artikelen/nieuw"));
		this.page.locator("#kind").selectOption("NEWS");
		this.page.locator("#title").fill("Zomerfeest in de Parkbuurt");
		this.page.locator("#summary").fill("Honderd buren vierden samen de zomer.");
		String stable = this.jdbc.queryForObject("select name from media_file where id = ?", String.class,
				Long.valueOf(id));
		this.page.locator("#imagePath").selectOption("/media/" + id + "/" + stable);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan en publiceren")).click();

		this.page.navigate(url("/nieuws/zomerfeest-in-de-parkbuurt"));
		var image = this.page.locator("figure.article-image img");
		assertThat(image.getAttribute("alt")).isEqualTo("Buren dansen op het zomerfeest in het park");
		assertThat(image.getAttribute("srcset")).contains("/media/" + id + "/").contains(" 320w").contains(" 1400w");
		assertThat(image.getAttribute("width")).isEqualTo("1400");
		assertThat(this.page.locator("figure.article-image figcaption").textContent())
			.contains("Het zomerfeest van de Parkbuurt");
		image.scrollIntoViewIfNeeded();
		Browser.waitUntil(this.page, "(() => { const img = document.querySelector('figure.article-image img');"
				+ " return img.complete && img.naturalWidth > 0; })()");
		assertThat(Browser.axeViolations(this.page)).as("public article").isEmpty();

		this.page.navigate(url("/admin/media/" + id));
		assertThat(this.page.locator("main").textContent()).as("the detail page lists where it is used")
			.contains("Zomerfeest in de Parkbuurt");
	}

	private void logIn() {
		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.app, Role.EDITOR));
	}

}
