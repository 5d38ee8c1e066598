package nl.bewonersplein.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.editorial.Edited;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator in a real browser creates an event in the admin: a first try with only a
 * title gets the messages next to the fields (form kept), then the filled-in form is
 * published and appears in the agenda. The list, the form with its messages and the edit
 * page are checked with axe.
 */
@SiteTest
class EventEditJourneyTests {

	static final Path SHOTS = Path.of("target", "screenshots", "events");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	EventStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final List<BrowserContext> contexts = new ArrayList<>();

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void close() {
		this.contexts.forEach(BrowserContext::close);
		this.made.forEach(this.store::delete);
		if (!this.made.isEmpty()) {
			// Deleted behind the edit flow's back: say so, as the flow would, so that the
			// search index (and "Meer hierover" on other pages) drops it at once.
			this.app.publishEvent(new Edited("event", "deleted", "Evenementen van de test"));
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void check(Page page, String name) {
		assertThat(Browser.axeViolations(page)).as("axe on " + page.url()).isEmpty();
		for (int width : List.of(390, 1280)) {
			page.setViewportSize(width, 900);
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + ".png")).setFullPage(true));
		}
	}

	@Test
	void aCoordinatorCreatesAndPublishesAnEvent() {
		BrowserContext context = Browser.newContext();
		this.contexts.add(context);
		Page page = context.newPage();
		Browser.logIn(page, url("/inloggen"), TestLogins.create(this.app, Role.COORDINATOR));

		page.navigate(url("/admin/evenementen"));
		check(page, "edit-list");
		page.getByText("Nieuw evenement").first().click();
		String title = "Buurtwerkplaats " + System.nanoTime() % 100000;
		page.locator("#title").fill(title);
		page.locator("#startDate").fill("31-2-2027");
		page.getByText("Opslaan als concept").click();
		page.waitForLoadState();
		assertThat(page.content()).contains("Dit is geen datum die we kunnen lezen", "Vul een tijd in",
				"value=\"" + title + "\"");
		check(page, "edit-422");

		LocalDate day = LocalDate.now(this.clock.withZone(Dates.ZONE)).plusDays(30);
		page.locator("#summary").fill("Samen een plan maken voor het plein.");
		page.locator("#description").fill("We beginnen met **koffie** en maken dan een plan.");
		page.locator("#startDate").fill(day.getDayOfMonth() + "-" + day.getMonthValue() + "-" + day.getYear());
		page.locator("#startTime").fill("14:00");
		page.locator("#endTime").fill("16.30");
		page.locator("#venue").fill("Wijkcentrum Het Plein");
		page.locator("#address").fill("Pleinweg 2");
		page.locator("#town").fill("Deventer");
		page.locator("#region").selectOption("OOST");
		page.locator("input[name=stepFree]").check();
		page.locator("#organiserName").fill("Henk de Vries");
		page.locator("#organiserPhone").fill("0570 123 456");
		page.locator("#capacity").fill("25");
		page.getByText("Opslaan en publiceren").click();
		page.waitForLoadState();
		assertThat(page.url()).matches(".*/admin/evenementen/[0-9]+$");
		this.made.add(Long.parseLong(page.url().replaceFirst(".*/", "")));
		assertThat(page.content()).contains("Opgeslagen en gepubliceerd");
		check(page, "edit-page");

		Event event = this.store.byId(this.made.get(0)).orElseThrow();
		page.navigate(url("/agenda/" + event.slug()));
		assertThat(page.content()).contains(title, "Wijkcentrum Het Plein", "14:00–16:30", "<strong>koffie</strong>");
	}

}
