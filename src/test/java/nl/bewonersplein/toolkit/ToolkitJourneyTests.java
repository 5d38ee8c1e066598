package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A reader in a real browser: finds the demo toolkit, reads it from the first to the last
 * step with "Volgende", steps back, and prints one article.
 */
@SiteTest
class ToolkitJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext web;

	@Autowired
	ToolkitRepository toolkits;

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
	void readerReadsTheToolkitFromStartToEnd() {
		this.page.navigate(url("/"));
		this.page.locator("nav.main-nav").getByText("Toolkit").click();
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Toolkit");
		assertThat(Browser.axeViolations(this.page)).isEmpty();

		this.page.getByText("Betrokken Buurten tegen eenzaamheid").first().click();
		assertThat(this.page.locator("h1").textContent()).isEqualTo("Betrokken Buurten tegen eenzaamheid");
		assertThat(this.page.locator("#hoe-werkt-het").textContent()).isEqualTo("Hoe werkt de toolkit?");
		assertThat(this.page.locator("section.toolkit-chapter").count()).isEqualTo(ToolkitDemo.chapters().size());
		assertThat(this.page.locator("a[href$='/pdf?letters=groot']").count()).isGreaterThan(1);
		assertThat(Browser.axeViolations(this.page)).isEmpty();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Begin met lezen")).click();
		List<String> titles = new ArrayList<>();
		int total = ToolkitDemo.chapters().stream().mapToInt((chapter) -> chapter.articles().size()).sum();
		for (int step = 1; step <= total; step++) {
			assertThat(this.page.locator(".toolkit-step").textContent()).contains("Stap " + step + " van " + total);
			titles.add(this.page.locator("h1").textContent());
			if (step == 3) {
				assertThat(this.page.locator("nav.crumbs").textContent()).contains("Toolkit")
					.contains("Betrokken Buurten tegen eenzaamheid")
					.contains("Buren leren kennen");
				assertThat(this.page.locator(".toolkit-related").textContent()).contains("Begin bij je eigen portiek");
				assertThat(this.page.locator(".toolkit-nav a[aria-current=page]").textContent())
					.isEqualTo(titles.get(2));
				assertThat(Browser.axeViolations(this.page)).isEmpty();
			}
			if (step < total) {
				this.page.locator("a[rel=next]").click();
			}
		}
		assertThat(titles).doesNotHaveDuplicates()
			.startsWith("Begin bij je eigen portiek")
			.endsWith("Vier wat goed gaat");
		assertThat(this.page.locator("a[rel=next]").count()).isZero();
		assertThat(this.page.locator(".toolkit-pager").textContent()).contains("Klaar!");

		this.page.locator("a[rel=prev]").click();
		assertThat(this.page.locator("h1").textContent()).isEqualTo(titles.get(total - 2));
	}

	@Test
	void editorFormsHaveNoAccessibilityViolations() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.web).apply(springSecurity()).build();
		long demo = this.toolkits.findBySlug("betrokken-buurten").orElseThrow().getId();
		this.page.navigate(url("/toolkit"));
		for (MockHttpServletRequestBuilder request : List.of(get("/admin/toolkits"), get("/admin/toolkits/nieuw"),
				get("/admin/toolkits/" + demo), get("/admin/toolkits/" + demo + "/verwijderen"),
				post("/admin/toolkits").param("title", "").with(csrf()))) {
			MockHttpServletResponse response = mvc
				.perform(request.accept("text/html").with(TestAccounts.loggedInAs(Role.EDITOR)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isIn(200, 422);
			String html = response.getContentAsString();
			// The page is rendered by MockMvc and shown from the site's origin, so its
			// style
			// sheet loads as usual.
			this.page.setContent(html);
			assertThat(this.page.locator("h1").count()).isEqualTo(1);
			assertThat(Browser.axeViolations(this.page)).as(this.page.title()).isEmpty();
		}
	}

	@Test
	void readerPrintsOneArticleWithoutTheNavigation() {
		this.page.navigate(url("/toolkit/betrokken-buurten/koffie-bij-de-lift"));
		assertThat(this.page.locator(".toolkit-nav").isVisible()).isTrue();
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(this.page.locator("h1").isVisible()).isTrue();
		assertThat(this.page.locator(".article-body, article.toolkit-article").textContent())
			.contains("Zet op een vaste ochtend een tafeltje");
		for (String hidden : List.of("nav.main-nav", "nav.crumbs", ".toolkit-nav", ".toolkit-pager", ".toolkit-related",
				".toolkit-article-print")) {
			assertThat(this.page.locator(hidden).isVisible()).as(hidden + " hidden in print").isFalse();
		}
		byte[] pdf = this.page.pdf(new Page.PdfOptions().setFormat("A4"));
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

}
