package nl.bewonersplein.accounts;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin logs in with the one-time password, chooses their own, invites an
 * editor; the editor accepts, logs in and cannot reach user management.
 */
@SiteTest
class AccountJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	JdbcTemplate jdbc;

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void firstAdminInvitesAnEditorWhoCannotManageUsers() {
		String adminEmail = "beheer-" + System.nanoTime() + "@example.org";
		String oneTimePassword = this.firstAdmin.createAdmin(adminEmail);
		String editorEmail = "redactie-" + System.nanoTime() + "@example.org";

		try (BrowserContext admin = Browser.newContext()) {
			Page page = admin.newPage();
			page.navigate(url("/inloggen"));
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByLabel("E-mailadres").fill(adminEmail);
			page.getByLabel("Wachtwoord").fill(oneTimePassword);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

			assertThat(page.url()).endsWith("/account/wachtwoord");
			assertThat(page.content()).contains("eenmalig wachtwoord");
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByLabel("Huidig wachtwoord").fill(oneTimePassword);
			page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true))
				.fill("zelf gekozen zin voor beheer");
			page.getByLabel("Nieuw wachtwoord nog een keer").fill("zelf gekozen zin voor beheer");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
			assertThat(page.locator("[role=status]").textContent()).contains("Je wachtwoord is gewijzigd");

			page.navigate(url("/admin"));
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.locator("nav.admin-menu").getByText("Gebruikers").click();
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByText("Iemand uitnodigen").click();
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByLabel("Naam").fill("Redacteur Rita");
			page.getByLabel("E-mailadres").fill(editorEmail);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodiging versturen")).click();
			assertThat(page.locator("[role=status]").textContent()).contains("De uitnodiging is verstuurd");
			assertThat(page.locator("table").textContent()).contains("Redacteur Rita", "Uitgenodigd");
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByText("Redacteur Rita").click();
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.navigate(url("/admin/audit?actie=account."));
			assertThat(page.locator("table").textContent()).contains("account.invited");
			assertThat(Browser.axeViolations(page)).isEmpty();
		}

		String link = AccountFixtures.linkInLastMail(this.jdbc, editorEmail, "/uitnodiging/");
		try (BrowserContext editor = Browser.newContext()) {
			Page page = editor.newPage();
			page.navigate(url(link));
			assertThat(page.locator("h1").textContent()).contains("Kies je wachtwoord");
			assertThat(Browser.axeViolations(page)).isEmpty();
			page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true))
				.fill("redactie zin om te onthouden");
			page.getByLabel("Nieuw wachtwoord nog een keer").fill("redactie zin om te onthouden");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
			assertThat(page.content()).contains("Je kunt nu inloggen");
			page.getByLabel("E-mailadres").fill(editorEmail);
			page.getByLabel("Wachtwoord").fill("redactie zin om te onthouden");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

			assertThat(page.url()).endsWith("/admin");
			assertThat(page.locator("nav.admin-menu").textContent()).doesNotContain("Gebruikers", "Logboek");
			Response forbidden = page.navigate(url("/admin/gebruikers"));
			assertThat(forbidden.status()).isEqualTo(403);
			assertThat(page.content()).contains("Hier heb je geen toegang toe");
			assertThat(Browser.axeViolations(page)).isEmpty();
		}
	}

}
