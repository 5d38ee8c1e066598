package nl.bewonersplein.members;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.mail.MailCatcher;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People in a real browser: a resident filters the directory, opens a profile and sends a
 * message; the map asks nothing of anyone else until the visitor opts in; an initiative
 * applies, is approved, its contact person accepts the invitation, edits the profile and
 * sees it go live after an editor approves; another member cannot get in. Every page is
 * checked with axe and photographed at 390 and 1280 pixels.
 */
@SiteTest
class MemberJourneyTests {

	static final Path SHOTS = Path.of("target", "screenshots", "members");

	/** A 1x1 transparent PNG, standing in for map tiles so the test stays offline. */
	static final byte[] TILE = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	/** Where the fixtures' initiatives receive their messages; no page may show it. */
	static final String INITIATIVE_ADDRESS = "post@test-initiatief.example";

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

	final List<BrowserContext> contexts = new ArrayList<>();

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(BrowserContext::close);
		this.made.forEach((id) -> this.initiatives.findById(id).ifPresent(this.initiatives::delete));
	}

	Page visitor() {
		// Each context has a client address of its own, so per-address limits do not add
		// up.
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		return context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void check(Page page, String name) {
		assertThat(Browser.axeViolations(page)).as("axe on " + page.url()).isEmpty();
		// Every image loaded and none broken (lazy ones too, so the screenshots show
		// them).
		page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach((i) => i.loading = 'eager')");
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

	@Test
	void aResidentFiltersByRegionOpensAProfileAndSendsAMessage() {
		MemberInitiative ours = MemberFixtures.published(this.profiles, MemberFixtures.unique("Koffiehuis Hoogland"),
				"Hoogland");
		this.made.add(ours.getId());
		Page page = visitor();
		page.navigate(url("/"));
		page.locator("nav.main-nav").getByText("Leden").click();
		assertThat(page.locator("h1").textContent()).isEqualTo("Leden");
		check(page, "directory");

		page.locator(".member-regions").getByText("Midden").click();
		assertThat(page.url()).contains("regio=midden");
		assertThat(page.locator(".member-cards .label").allTextContents()).isNotEmpty().allMatch("Midden"::equals);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ours.getName()).setExact(true)).click();
		assertThat(page.locator("h1").textContent()).isEqualTo(ours.getName());
		check(page, "profile");
		assertThat(page.content()).doesNotContain(INITIATIVE_ADDRESS);
		// A demo initiative with a picture: the image is loaded, with its text
		// alternative.
		String illustrated = MemberIllustrations.SCENES.keySet().iterator().next();
		page.navigate(url(MemberPaths.profile(MemberProfiles.slugOf(illustrated))));
		assertThat(page.locator(".member-image img").getAttribute("alt"))
			.isEqualTo(MemberIllustrations.SCENES.get(illustrated).alt());
		assertThat((Boolean) page.evaluate("document.querySelector('.member-image img').complete"
				+ " && document.querySelector('.member-image img').naturalWidth > 0"))
			.isTrue();
		check(page, "profile-image");
		page.navigate(url(ours.getUrl()));

		page.getByText("Stuur " + ours.getName() + " een bericht").click();
		check(page, "contact");
		assertThat(page.content()).doesNotContain(INITIATIVE_ADDRESS);
		// Sent empty first: the errors are named, and that page passes axe too.
		page.getByText("Verstuur bericht").click();
		assertThat(page.locator(".field-error").allTextContents()).isNotEmpty();
		check(page, "contact-errors");
		String text = "Ik woon om de hoek en wil graag helpen op zaterdag, " + ours.getSlug() + ".";
		page.getByLabel("Je naam").fill("Henk Jansen");
		page.getByLabel("Je e-mailadres").fill("henk@bewoner.example");
		page.getByLabel("Je bericht").fill(text);
		// An impatient double click sends one message.
		page.getByText("Verstuur bericht").dblclick();
		assertThat(page.locator("[role=status]").textContent()).contains("Je bericht is verstuurd");
		assertThat(page.content()).doesNotContain(INITIATIVE_ADDRESS);
		check(page, "contact-sent");

		// The message leaves the site over SMTP to the initiative's address, once; no
		// copy goes to the sender, who did not ask for one.
		MailCatcher.Delivered delivered = MailCatcher.deliver(this.app);
		List<String> received = delivered.to(INITIATIVE_ADDRESS)
			.stream()
			.map(MemberJourneyTests::text)
			.filter((body) -> body.contains(ours.getSlug()))
			.toList();
		assertThat(received).singleElement()
			.satisfies(
					(body) -> assertThat(body).contains("Henk Jansen", "henk@bewoner.example", "helpen op zaterdag"));
		assertThat(delivered.to("henk@bewoner.example")).isEmpty();
		this.jdbc.update("delete from mail_outbox where text_body like ?", "%" + ours.getSlug() + "%");

		// Looking for something near Amersfoort: the initiative in Hoogland is among the
		// nearest.
		page.navigate(url("/leden?q=geenenkelinitiatiefheetzo"));
		assertThat(page.locator("main").textContent()).contains("Geen initiatieven gevonden");
		check(page, "directory-none");
		page.navigate(url("/leden"));
		page.getByText("Zoek initiatieven bij jou in de buurt").click();
		page.getByLabel("Plaats of postcode").fill("3811 A");
		page.getByText("Zoek", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("#plaats-error").textContent()).contains("vier cijfers en twee letters");
		check(page, "nearby-unknown");
		page.getByLabel("Plaats of postcode").fill("Amersfoort");
		page.getByText("Zoek", new Page.GetByTextOptions().setExact(true)).click();
		assertThat(page.locator("h2#resultaten").textContent()).isEqualTo("Dichtstbij Amersfoort (Utrecht)");
		assertThat(page.locator(".member-cards h3").allTextContents()).contains(ours.getName());
		check(page, "nearby");

		// On paper: no menu, and the page still says who and where.
		page.navigate(url("/leden/" + ours.getSlug()));
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("nav.main-nav").isVisible()).isFalse();
		assertThat(page.locator("h1").isVisible()).isTrue();
		assertThat(page.pdf()).isNotEmpty();
	}

	@Test
	void theMapAsksNothingOfAnyoneElseUntilTheVisitorOptsIn() {
		Page page = visitor();
		List<String> requests = new ArrayList<>();
		page.onRequest((request) -> requests.add(request.url()));
		page.route("https://tile.openstreetmap.org/**", (route) -> route
			.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("image/png").setBodyBytes(TILE)));

		page.navigate(url("/leden/kaart"));
		page.waitForLoadState();
		check(page, "map");
		assertThat(requests).isNotEmpty().allMatch((request) -> request.startsWith(url("/")));
		assertThat(page.locator("svg a").count()).isGreaterThan(3);

		page.getByText("Laad de kaart van OpenStreetMap").click();
		page.locator(".leaflet-tile-loaded").first().waitFor();
		assertThat(requests).anyMatch((request) -> request.startsWith("https://tile.openstreetmap.org/"));
		assertThat(requests).filteredOn((request) -> !request.startsWith(url("/")))
			.allMatch((request) -> request.startsWith("https://tile.openstreetmap.org/"));
		assertThat(page.locator(".leaflet-interactive").count()).isGreaterThan(3);
		check(page, "map-live");

		// Not remembered unless asked: the next visit asks nothing again.
		requests.clear();
		page.reload();
		page.waitForLoadState();
		assertThat(requests).allMatch((request) -> request.startsWith(url("/")));

		// Asked to remember: the next visit loads the tiles at once, until forgotten.
		page.getByLabel("Onthoud mijn keuze op dit apparaat").check();
		page.getByText("Laad de kaart van OpenStreetMap").click();
		page.locator(".leaflet-tile-loaded").first().waitFor();
		requests.clear();
		page.reload();
		page.locator(".leaflet-tile-loaded").first().waitFor();
		assertThat(requests).anyMatch((request) -> request.startsWith("https://tile.openstreetmap.org/"));
		page.locator("[data-map-forget]").click();
		requests.clear();
		page.reload();
		page.waitForLoadState();
		assertThat(requests).allMatch((request) -> request.startsWith(url("/")));
	}

	@Test
	void anInitiativeAppliesIsApprovedAndKeepsItsOwnProfile() {
		String name = MemberFixtures.unique("Buurtkeuken De Pan");
		String contact = "pan-" + System.nanoTime() + "@bewoner.example";
		Page applicant = visitor();
		applicant.navigate(url("/leden/lid-worden"));
		check(applicant, "apply");
		applicant.getByText("Verstuur aanmelding").click();
		assertThat(applicant.locator(".field-error").allTextContents()).isNotEmpty();
		check(applicant, "apply-errors");
		applicant.getByLabel("Naam van het initiatief").fill(name);
		applicant.getByLabel("Soort initiatief").selectOption("bewonersgroep");
		applicant.getByLabel("Plaats").fill("Amersfoort");
		applicant.getByLabel("Korte omschrijving").fill("Buren koken samen op vrijdag.");
		applicant.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Sanne Bakker");
		applicant.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true)).fill(contact);
		applicant.getByLabel("Waarom wil je lid worden?").fill("We willen leren van andere buurtkeukens.");
		applicant.getByText("Verstuur aanmelding").click();
		assertThat(applicant.locator("[role=status]").textContent()).contains("Bedankt voor je aanmelding");
		check(applicant, "apply-sent");

		Page editor = visitor();
		login(editor, TestLogins.create(this.app, Role.EDITOR));
		editor.navigate(url("/admin/leden/aanmeldingen"));
		check(editor, "admin-applications");
		editor.getByText(name).click();
		check(editor, "admin-application");
		editor.getByLabel("Bericht aan de contactpersoon").fill("Welkom! Vul je pagina gerust verder aan.");
		editor.getByText("Keur goed").click();
		assertThat(editor.locator("h1").textContent()).isEqualTo(name);
		long id = Long.parseLong(editor.url().replaceAll(".*/admin/leden/", ""));
		this.made.add(id);
		check(editor, "admin-edit");
		editor.getByText("Zet op de website").click();
		assertThat(editor.locator("[role=status]").textContent()).contains("staat op de website");

		String invitation = link(contact, "/uitnodiging/");
		Page member = visitor();
		member.navigate(url(invitation));
		member.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true)).fill(TestLogins.PASSWORD);
		member.getByLabel("Nieuw wachtwoord nog een keer").fill(TestLogins.PASSWORD);
		member.locator("main button[type=submit]").click();
		login(member, contact);
		member.navigate(url("/account"));
		member.getByText("Mijn initiatief").click();
		check(member, "own-list");
		member.getByText(name).click();
		check(member, "own-profile");
		member.getByLabel("Korte omschrijving").fill("Buren koken samen op vrijdag en eten met wie alleen is.");
		member.getByText("Stuur wijziging ter goedkeuring").click();
		assertThat(member.locator("[role=status]").textContent()).contains("Je wijziging is verstuurd");
		String slug = this.initiatives.findById(id).orElseThrow().getSlug();
		member.navigate(url("/leden/" + slug));
		assertThat(member.locator(".lead").textContent()).isEqualTo("Buren koken samen op vrijdag.");

		editor.navigate(url("/admin/leden/wijzigingen"));
		check(editor, "admin-changes");
		editor.getByText(name).click();
		assertThat(editor.locator(".diff ins").allTextContents())
			.anyMatch((text) -> text.contains("eten met wie alleen is"));
		check(editor, "admin-change");
		editor.getByText("Keur goed en zet op de website").click();
		member.navigate(url("/leden/" + slug));
		assertThat(member.locator(".lead").textContent())
			.isEqualTo("Buren koken samen op vrijdag en eten met wie alleen is.");

		// A resident writes to the new initiative; its member reads it on the own pages.
		Page resident = visitor();
		resident.navigate(url("/leden/" + slug + "/contact"));
		assertThat(resident.content()).doesNotContain(contact);
		resident.getByLabel("Je naam").fill("Ria Smit");
		resident.getByLabel("Je e-mailadres").fill("ria@bewoner.example");
		resident.getByLabel("Je bericht").fill("Mag ik een keer mee-eten?");
		resident.getByText("Verstuur bericht").click();
		assertThat(resident.locator("[role=status]").textContent()).contains("Je bericht is verstuurd");
		member.navigate(url("/account/initiatieven/" + id));
		member.getByText("1 bericht via het contactformulier").click();
		assertThat(member.locator(".member-messages").textContent()).contains("Ria Smit", "Mag ik een keer mee-eten?");
		check(member, "own-messages");

		String other = TestLogins.create(this.app, Role.MEMBER);
		Page stranger = visitor();
		login(stranger, other);
		for (String path : List.of("/account/initiatieven/" + id, "/account/initiatieven/" + id + "/berichten")) {
			assertThat(stranger.navigate(url(path)).status()).as(path).isEqualTo(403);
			assertThat(stranger.content()).doesNotContain("eten met wie alleen is", "Mag ik een keer mee-eten");
		}
		stranger.navigate(url("/account/initiatieven"));
		assertThat(stranger.content()).doesNotContain(name);

		editor.navigate(url("/admin/leden/import"));
		check(editor, "admin-import");
		// A file with one good and one bad row: the preview names the problem, offers no
		// import, and nothing is imported.
		String prefix = MemberFixtures.unique("Browserimport");
		int before = this.initiatives.findAll().size();
		editor.getByLabel("CSV-bestand")
			.setInputFiles(new FilePayload("leden.csv", "text/csv",
					("naam;soort;plaats;samenvatting\n" + prefix + " Goed;bewonersgroep;Zwolle;Een goede regel.\n"
							+ prefix + " Fout;ruimteschip;Zwolle;Een slechte regel.\n")
						.getBytes(StandardCharsets.UTF_8)));
		editor.getByText("Controleer bestand").click();
		assertThat(editor.locator("main").textContent()).contains("Er is niets geïmporteerd",
				"Onbekende soort \"ruimteschip\"");
		assertThat(editor.locator("form[action='/admin/leden/import/bevestiging']").count()).isZero();
		check(editor, "admin-import-errors");
		assertThat(this.initiatives.findAll()).hasSize(before)
			.noneMatch((initiative) -> initiative.getName().startsWith(prefix));
		editor.navigate(url("/admin/leden/nieuw"));
		check(editor, "admin-new");
		editor.navigate(url("/admin/leden?q=" + name.split(" ")[0]));
		check(editor, "admin-list");
	}

	/** All text in a mail, whatever its nesting of parts. */
	private static String text(MimeMessage mail) {
		try {
			return text(mail.getContent());
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(Object content) throws MessagingException, IOException {
		if (content instanceof Multipart parts) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < parts.getCount(); i++) {
				all.append(text(parts.getBodyPart(i).getContent())).append('\n');
			}
			return all.toString();
		}
		return String.valueOf(content);
	}

	private void login(Page page, String email) {
		Browser.logIn(page, url("/inloggen"), email);
	}

	private String link(String email, String prefix) {
		List<String> mails = this.jdbc.queryForList("select text_body from mail_outbox where recipient = ? order by id",
				String.class, email);
		String last = mails.stream().filter((mail) -> mail.contains(prefix)).reduce((a, b) -> b).orElseThrow();
		int start = last.indexOf(prefix);
		int end = start;
		while (end < last.length() && !Character.isWhitespace(last.charAt(end))) {
			end++;
		}
		return last.substring(start, end);
	}

}
