package nl.bewonersplein.members;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
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
 * A member in a real browser uploads a logo for their own initiative: sent without a
 * description first (the message names the field), then with one; they see the preview of
 * what waits for approval while the public page does not show it. Each page has 0 axe
 * violations, every image loads, no sideways scrolling at 390 and 1280 pixels.
 */
@SiteTest
class MemberOwnImageJourneyTests {

	static final Path SHOTS = Path.of("target", "screenshots", "members");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	BrowserContext context;

	MemberInitiative initiative;

	@AfterEach
	void close() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.initiative != null) {
			this.initiatives.deleteById(this.initiative.getId());
			this.jdbc.update("delete from media_variant where media_id in (select id from media_file where owner = ?)",
					this.initiative.getName());
			this.jdbc.update("delete from media_file where owner = ?", this.initiative.getName());
		}
	}

	@Test
	void aMemberUploadsALogoAndSeesThePreviewWhileItWaits() throws Exception {
		this.initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique("Buurtkamer Het Plaatje"),
				"Zutphen");
		String email = TestLogins.create(this.app, "Lotte Plaatje", Role.MEMBER);
		long account = this.jdbc.queryForObject("select id from account where email = ?", Long.class, email);
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)",
				this.initiative.getId(), account);
		this.context = Browser.newContext();
		Page page = this.context.newPage();
		Browser.logIn(page, url("/inloggen"), email);
		page.navigate(url("/account/initiatieven/" + this.initiative.getId()));
		assertThat(page.locator("#afbeelding").textContent()).isEqualTo("Logo of foto");
		check(page, "own-image");

		byte[] logo = MemberOwnImageTests.png(java.awt.Color.ORANGE, 1200, 800, "logo.png").getBytes();
		page.getByLabel("Kies een logo of foto").setInputFiles(new FilePayload("logo.png", "image/png", logo));
		page.getByText("Stuur afbeelding ter goedkeuring").click();
		assertThat(page.locator("#afbeelding-alt-error").textContent()).contains("Schrijf wat er op de afbeelding");
		check(page, "own-image-errors");

		page.getByLabel("Kies een logo of foto").setInputFiles(new FilePayload("logo.png", "image/png", logo));
		page.getByLabel("Beschrijving voor wie de afbeelding niet ziet").fill("Logo van Buurtkamer Het Plaatje");
		page.getByText("Stuur afbeelding ter goedkeuring").click();
		assertThat(page.locator("[role=status]").textContent()).contains("Je wijziging is verstuurd");
		assertThat(page.locator(".member-own-proposed img").getAttribute("alt"))
			.isEqualTo("Logo van Buurtkamer Het Plaatje");
		check(page, "own-image-waiting");
		assertThat((Boolean) page.evaluate("document.querySelector('.member-own-proposed img').naturalWidth > 0"))
			.isTrue();

		// Only a better description, without choosing the file again: the browser lets
		// the
		// form go without a file once the member has an image of their own.
		page.getByLabel("Beschrijving voor wie de afbeelding niet ziet")
			.fill("Het logo van Buurtkamer Het Plaatje: een oranje vlak");
		page.getByText("Stuur afbeelding ter goedkeuring").click();
		assertThat(page.locator("[role=status]").textContent()).contains("Je wijziging is verstuurd");
		assertThat(page.locator(".member-own-proposed img").getAttribute("alt"))
			.isEqualTo("Het logo van Buurtkamer Het Plaatje: een oranje vlak");
		check(page, "own-image-described");

		page.navigate(url(this.initiative.getUrl()));
		assertThat(page.locator("img[alt='Logo van Buurtkamer Het Plaatje']").count()).isZero();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void check(Page page, String name) {
		assertThat(Browser.axeViolations(page)).as("axe on " + name).isEmpty();
		Browser.waitUntil(page, "[...document.images].every((i) => i.complete)");
		assertThat((Boolean) page.evaluate("[...document.images].every((i) => i.naturalWidth > 0)"))
			.as("every image on " + name + " loads")
			.isTrue();
		for (int width : List.of(390, 1280)) {
			page.setViewportSize(width, 900);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + ".png")).setFullPage(true));
			assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on " + name + " at " + width)
				.isTrue();
		}
	}

}
