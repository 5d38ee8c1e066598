package nl.bewonersplein.editorial;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes an article with the body editor in a real browser: the toolbar by
 * mouse and keyboard (heading, list, link, a library image, a video link), the B1
 * indication changing while typing, the live and the server preview; a save after the
 * session expired brings the text back after logging in; text typed and not saved is
 * offered back. Every page and dialog has 0 axe violations and there are no console
 * errors (so nothing the Content-Security-Policy refused).
 */
@SiteTest
class BodyEditorJourneyTests {

	/**
	 * The same titles and addresses {@link Slugs} is tested on, checked in the script.
	 */
	static final List<List<String>> ADDRESSES = List.of(List.of("Café-Buurt", "cafe-buurt"),
			List.of("  Ideeën   voor de wijk!  ", "ideeen-voor-de-wijk"),
			List.of("Wat  doe  je? 2026", "wat-doe-je-2026"), List.of("Ĳsselmonde & Œuvre", "ijsselmonde-oeuvre"));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	BrowserContext browser;

	Page page;

	final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.newContext();
		// The media library's picker, as its contract describes it (media module).
		this.browser.route("**/admin/media/kiezen**", (route) -> route.fulfill(new Route.FulfillOptions().setStatus(200)
			.setContentType("application/json")
			.setBody("{\"images\":[{\"id\":1,\"thumbnail\":\"/img/logo.svg\",\"width\":48,\"height\":48,"
					+ "\"alt\":\"Het logo van het netwerk\",\"decorative\":false,\"caption\":\"\",\"credit\":\"\","
					+ "\"markdown\":\"![Het logo van het netwerk](/img/logo.svg)\"}],\"page\":1,\"more\":false}")));
		this.page = this.browser.newPage();
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void noAxeViolations(String what) {
		assertThat(Browser.axeViolations(this.page)).as(what).isEmpty();
	}

	Locator tool(String name) {
		return this.page.getByRole(AriaRole.TOOLBAR)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name));
	}

	@Test
	void anEditorWritesAnArticleWithTheToolbarAndSeesTheB1IndicationChange() {
		this.jdbc.update("delete from article where slug = 'cafe-buurt-opent-de-deuren'");
		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.context, Role.EDITOR));
		this.page.navigate(url("/admin/artikelen/nieuw"));
		noAxeViolations("new article");
		for (List<String> example : ADDRESSES) {
			assertThat(this.page.evaluate("(t) => window.bewonerspleinSlug(t, 160)", example.get(0)))
				.isEqualTo(example.get(1));
			assertThat(Slugs.propose(example.get(0), 160)).isEqualTo(example.get(1));
		}
		this.page.locator("#title").fill("Café-Buurt opent de deuren");
		assertThat(this.page.locator("[data-address-shown]")).hasText("cafe-buurt-opent-de-deuren");
		this.page.locator("#summary").fill("Een nieuwe plek om elkaar te ontmoeten.");
		Locator score = this.page.locator("[data-writing-help] .writing-score");
		assertThat(score).hasAttribute("data-level", "none");
		Locator body = this.page.locator("#body");
		body.click();
		this.page.keyboard().type("De buurt komt samen. Wij drinken koffie in het buurthuis.\n\n");
		assertThat(score).hasAttribute("data-level", "b1");
		assertThat(this.page.locator("[data-writing-status]")).containsText("Leesbaarheid");
		// The toolbar: one tab stop, arrow keys move, the buttons act on the text.
		assertThat(tool("Tussenkop")).hasAttribute("tabindex", "0");
		tool("Tussenkop").focus();
		this.page.keyboard().press("ArrowRight");
		assertThat(tool("Vet")).isFocused();
		assertThat(tool("Vet")).hasAttribute("tabindex", "0");
		assertThat(tool("Tussenkop")).hasAttribute("tabindex", "-1");
		this.page.keyboard().press("ArrowLeft");
		this.page.keyboard().press("Enter");
		// The heading's sample text is selected: typing replaces it.
		this.page.keyboard().type("Programma");
		this.page.keyboard().press("End");
		this.page.keyboard().type("\n\n");
		tool("Opsomming").click();
		this.page.keyboard().type("Koffie en thee");
		this.page.keyboard().type("\n\nLees ook ");
		this.page.keyboard().press("Control+K");
		Locator link = this.page.locator("[data-dialog=link]");
		assertThat(link).isVisible();
		noAxeViolations("link dialog");
		link.getByLabel("Tekst van de link").fill("de toolkit");
		link.getByLabel("Adres").fill("javascript:alert(1)");
		link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Invoegen")).click();
		assertThat(link.locator("[data-dialog-error]")).isVisible();
		link.getByLabel("Adres").fill("/toolkit");
		link.getByLabel("Adres").press("Enter");
		assertThat(link).isHidden();
		this.page.keyboard().type(".");
		tool("Video").click();
		Locator video = this.page.locator("[data-dialog=video]");
		video.getByLabel("Adres van de video").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		video.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Invoegen")).click();
		tool("Afbeelding").click();
		Locator images = this.page.locator("[data-dialog=image]");
		Locator choice = images.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Het logo van het netwerk"));
		assertThat(choice).isVisible();
		noAxeViolations("image dialog");
		choice.click();
		String text = body.inputValue();
		assertThat(text).contains("## Programma", "- Koffie en thee", "Lees ook [de toolkit](/toolkit).",
				"\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n", "![Het logo van het netwerk](/img/logo.svg)");
		// The live preview looks like the published page.
		Locator preview = this.page.locator("[data-preview-body]");
		assertThat(preview.locator("h2")).hasText("Programma");
		assertThat(preview.locator("a[href='/toolkit']")).hasText("de toolkit");
		assertThat(preview.locator("[data-video]")).hasCount(1);
		assertThat(preview.locator("img[alt='Het logo van het netwerk']")).hasCount(1);
		// A long, hard sentence makes the indication change and is marked.
		body.press("Control+End");
		this.page.keyboard()
			.type("\n\nDe gemeenteraadsvergadering heeft na uitgebreide beraadslagingen over de toekomstige "
					+ "ontwikkelingsmogelijkheden van het buurthuis besloten dat de samenwerkingsverbanden "
					+ "tussen de verschillende bewonersorganisaties geïntensiveerd worden.");
		assertThat(score).not().hasAttribute("data-level", "b1");
		assertThat(this.page.locator("[data-writing-help] mark").first()).isVisible();
		assertThat(this.page.locator("[data-writing-help]")).containsText("gemeenteraadsvergadering");
		noAxeViolations("editor with writing help");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijk voorbeeld")).click();
		assertThat(this.page.locator(".preview h2").first()).isVisible();
		assertThat(this.page.locator("#body")).hasValue(body.inputValue());
		noAxeViolations("server preview");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept").setExact(true))
			.click();
		assertThat(this.page.locator(".message.success")).containsText("Opgeslagen");
		String saved = this.jdbc.queryForObject("select body from article where slug = 'cafe-buurt-opent-de-deuren'",
				String.class);
		assertThat(saved).contains("## Programma", "[de toolkit](/toolkit)", "youtube.com/watch?v=dQw4w9WgXcQ",
				"![Het logo van het netwerk](/img/logo.svg)");
		assertThat(this.page.locator("[data-restore]")).isHidden();
		noAxeViolations("saved article");
		assertThat(this.consoleErrors).allMatch((error) -> error.contains("status of 422"));
	}

	@Test
	void aSaveAfterTheSessionExpiredBringsTheTextBackAfterLoggingIn() {
		this.jdbc.update("delete from static_page where slug = 'ons-buurtcafe'");
		String email = TestLogins.create(this.context, Role.EDITOR);
		Browser.logIn(this.page, url("/inloggen"), email);
		this.page.navigate(url("/admin/paginas/nieuw"));
		noAxeViolations("new page");
		this.page.locator("#title").fill("Ons buurtcafé");
		this.page.locator("#summary").fill("Elke vrijdag open.");
		this.page.locator("#body").fill("Een tekst waar ik een uur aan heb gewerkt.");
		// The session expires while the editor types.
		this.browser.clearCookies();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept").setExact(true))
			.click();
		assertThat(this.page).hasURL(url("/inloggen?verlopen"));
		assertThat(this.page.locator("main")).containsText("We hebben hem bewaard");
		assertThat(this.page.locator("main")).not().containsText("Hier heb je geen toegang toe");
		noAxeViolations("login after expiry");
		Browser.submitLogin(this.page, email);
		// Logging in can take a while on a busy machine: wait for the form, not 5
		// seconds.
		this.page.waitForURL((address) -> address.contains("/admin/paginas/nieuw"));
		assertThat(this.page.locator("#body")).hasValue("Een tekst waar ik een uur aan heb gewerkt.");
		assertThat(this.page.locator("#title")).hasValue("Ons buurtcafé");
		assertThat(this.page.locator(".message.success")).containsText("We hebben je tekst bewaard");
		assertThat(this.jdbc.queryForObject("select count(*) from static_page where slug = 'ons-buurtcafe'",
				Integer.class))
			.isZero();
		noAxeViolations("form filled in again");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept").setExact(true))
			.click();
		assertThat(this.page.locator(".message.success")).containsText("Opgeslagen");
		assertThat(this.jdbc.queryForObject("select body from static_page where slug = 'ons-buurtcafe'", String.class))
			.isEqualTo("Een tekst waar ik een uur aan heb gewerkt.");
	}

	@Test
	void textTypedAndNotSavedIsOfferedBackInThisBrowser() {
		Browser.logIn(this.page, url("/inloggen"), TestLogins.create(this.context, Role.EDITOR));
		long theme = this.jdbc.queryForObject("select min(id) from theme", Long.class);
		String path = "/admin/themas/" + theme;
		this.page.navigate(url(path));
		String original = this.page.locator("#body").inputValue();
		this.page.locator("#body").press("Control+End");
		this.page.keyboard().type("\n\nEen zin die nog niet is opgeslagen.");
		this.page.waitForTimeout(700);
		this.page.navigate(url(path));
		Locator restore = this.page.locator("[data-restore]");
		assertThat(restore).isVisible();
		noAxeViolations("restore offer");
		restore.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zet die tekst terug")).click();
		assertThat(this.page.locator("#body")).hasValue(original + "\n\nEen zin die nog niet is opgeslagen.");
		this.page.navigate(url(path));
		restore.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weggooien")).click();
		assertThat(restore).isHidden();
		this.page.navigate(url(path));
		assertThat(restore).isHidden();
		assertThat(this.page.locator("#body")).hasValue(original);
		assertThat(this.consoleErrors).isEmpty();
	}

}
