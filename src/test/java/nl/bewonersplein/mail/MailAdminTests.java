package nl.bewonersplein.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Verzonden e-mail" as an admin sees it, on this site without a mail server: mails wait
 * there readable, a failed one can be tried again, and the pages pass axe.
 */
@SiteTest
@RecordApplicationEvents
class MailAdminTests {

	static final String DOMAIN = "@admin-mail.test";

	@Autowired
	WebApplicationContext context;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurMails() {
		this.jdbc.update("delete from mail_outbox where recipient like ?", "%" + DOMAIN);
	}

	@Test
	void withoutAMailServerMailsWaitAndAdminsReadThem() throws Exception {
		queue("eerste" + DOMAIN, "Eerste bericht", "Hallo,\n\nDit is de eerste.");
		long id = queue("tweede" + DOMAIN, "Tweede bericht", "Hallo,\n\nDit is de tweede & laatste <b>.");

		String list = html(get("/admin/mail"));
		assertThat(list).contains("Er is geen mailserver ingesteld", "Niet verzonden: geen mailserver",
				"tweede" + DOMAIN, "href=\"/admin/mail/" + id + "\"");
		assertThat(list.indexOf("Tweede bericht")).as("newest first").isLessThan(list.indexOf("Eerste bericht"));

		String detail = html(get("/admin/mail/" + id));
		assertThat(detail)
			.contains("<h1>Tweede bericht</h1>", "tweede" + DOMAIN, "Dit is de tweede &amp; laatste &lt;b&gt;.",
					"Niet verzonden: geen mailserver", "href=\"/admin/mail/" + id + "/html\"")
			.doesNotContain("Opnieuw proberen");

		MvcResult body = this.mvc.perform(asAdmin(get("/admin/mail/" + id + "/html"))).andReturn();
		assertThat(body.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox;")
			.contains("default-src 'none'");
		assertThat(body.getResponse().getContentAsString())
			.contains("<p>Dit is de tweede &amp; laatste &lt;b&gt;.</p>");
	}

	@Test
	void aFailedMailIsShownAndCanBeTriedAgainWhichIsAudited() throws Exception {
		long id = queue("mislukt" + DOMAIN, "Bevestiging aanmelding", "Je bent aangemeld.");
		this.jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8, last_error = ? where id = ?",
				"MailConnectException: Couldn't connect to host", id);

		assertThat(html(get("/admin/mail?status=mislukt"))).contains("Bevestiging aanmelding", "Mislukt");
		assertThat(html(get("/admin"))).contains("1 e-mail kon niet worden verzonden");
		assertThat(html(get("/admin/mail/" + id))).contains("Couldn't connect to host", "Opnieuw proberen",
				"action=\"/admin/mail/" + id + "/nieuwe-poging\"");

		MvcResult retry = this.mvc.perform(asAdmin(post("/admin/mail/" + id + "/nieuwe-poging")).with(csrf()))
			.andReturn();
		assertThat(retry.getResponse().getRedirectedUrl()).isEqualTo("/admin/mail/" + id);
		assertThat(retry.getFlashMap().get("flash")).isEqualTo("mail.admin.retry.done");
		assertThat(html(get("/admin/mail/" + id))).contains("Niet verzonden: geen mailserver")
			.doesNotContain("Opnieuw proberen");
		assertThat(this.events.stream(MailRetried.class)).extracting(MailRetried::action, MailRetried::subject)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("mail.retried",
					"E-mail " + id + " \"Bevestiging aanmelding\""));

		MvcResult again = this.mvc.perform(asAdmin(post("/admin/mail/" + id + "/nieuwe-poging")).with(csrf()))
			.andReturn();
		assertThat(again.getFlashMap().get("flash")).isEqualTo("mail.admin.retry.not-failed");
		assertThat(this.events.stream(MailRetried.class)).as("a mail that did not fail is not retried").hasSize(1);
	}

	@Test
	void anUnknownMailOrPageIsNoError() throws Exception {
		assertThat(this.mvc.perform(asAdmin(get("/admin/mail/987654321"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(asAdmin(get("/admin/mail?pagina=abc&status=%00")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	@Test
	void theListAndAMailHaveNoAccessibilityViolations() throws Exception {
		long id = queue("browser" + DOMAIN, "Welkom bij het netwerk",
				"Hallo Anna,\n\nWelkom! Je kunt nu inloggen.\n\nGroet, het team");
		this.jdbc.update("update mail_outbox set status = 'FAILED', attempts = 8, last_error = 'Timeout' where id = ?",
				id);
		// The pages as an admin gets them (rendered through MockMvc with an admin login),
		// served to a real browser at their own address, with the site's real style
		// sheet.
		Map<String, String> pages = Map.of("/admin/mail", html(get("/admin/mail")), "/admin/mail/" + id,
				html(get("/admin/mail/" + id)));
		// Saved next to the site crawl, so that CI's Nu Html Checker also checks them and
		// the mail itself.
		Path out = Files.createDirectories(Path.of("target", "site-crawl", "admin-mail"));
		Files.writeString(out.resolve("list.html"), pages.get("/admin/mail"));
		Files.writeString(out.resolve("mail.html"), pages.get("/admin/mail/" + id));
		Files.writeString(out.resolve("mail-body.html"),
				this.mvc.perform(asAdmin(get("/admin/mail/" + id + "/html")))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
		try (BrowserContext browser = Browser.newContext()) {
			Page page = browser.newPage();
			String origin = "http://localhost:" + this.port;
			page.route(origin + "/admin/mail**",
					(Route route) -> route.fulfill(new Route.FulfillOptions().setContentType("text/html;charset=UTF-8")
						.setBody(pages.get(route.request().url().substring(origin.length())))));
			for (String path : List.of("/admin/mail", "/admin/mail/" + id)) {
				page.navigate(origin + path);
				assertThat(page.locator("h1").textContent()).isNotBlank();
				assertThat(page.evaluate("getComputedStyle(document.body).fontSize")).as("site CSS loaded")
					.isEqualTo("18px");
				assertThat(Browser.axeViolations(page)).as(path).isEmpty();
			}
		}
	}

	private long queue(String to, String subject, String text) {
		return this.transactions.execute((status) -> this.outbox.queue(OutgoingMail.text(to, subject, text)));
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(asAdmin(request)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.accept("text/html").with(TestAccounts.loggedInAs(Role.ADMIN));
	}

}
