package nl.bewonersplein.toolkit;

import java.awt.Color;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import nl.bewonersplein.TestPictures;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.content.ArticleDrafts;
import nl.bewonersplein.content.ArticleKind;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A toolkit's image from the media library: chosen in the toolkit's admin form, shown on
 * its page in every size, printed on the booklet's cover and chapter openers (still valid
 * PDF/UA and PDF/A), listed where the image is used so it cannot be deleted, and a new
 * booklet once the image is replaced.
 */
@SiteTest
class ToolkitImageTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MediaLibrary library;

	@Autowired
	ArticleDrafts drafts;

	@Autowired
	Clock clock;

	Http http;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	@Test
	void anEditorGivesAToolkitAnImageThatThePageAndTheBookletShow() throws Exception {
		long id = this.library.addImage("omslag.png", TestPictures.png(Color.ORANGE, Color.BLUE, 1200, 800),
				"Buren op een getekende omslag", "Onderschrift van de omslag", "Tekenaar Test");
		String path = "/media/" + id + "/omslag.png";
		// Unique per run: a PostgreSQL test database keeps its toolkits.
		String run = Long.toString(System.currentTimeMillis() % 100_000_000L);
		String title = "Een toolkit met een beeld " + run;
		String slug = "/toolkit/een-toolkit-met-een-beeld-" + run;

		MvcResult invalid = this.mvc
			.perform(as(post("/admin/toolkits").with(csrf())
				.param("title", title)
				.param("subtitle", "Om te testen")
				.param("intro", "Inleiding.")
				.param("howItWorks", "Zo werkt het.")
				.param("coverImage", "https://elders.example/foto.jpg")))
			.andReturn();
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString()).contains("Kies een afbeelding uit de beeldbank.");

		String toolkit = this.mvc
			.perform(as(post("/admin/toolkits").with(csrf())
				.param("title", title)
				.param("subtitle", "Om te testen")
				.param("intro", "Inleiding.")
				.param("howItWorks", "Zo werkt het.")
				.param("coverImage", path)
				.param("coverAlt", "")
				.param("coverCaption", "")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String form = this.mvc.perform(as(get(toolkit))).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"coverImage\"").contains("value=\"" + path + "\" selected");
		String chapter = this.mvc
			.perform(as(
					post(toolkit + "/hoofdstukken").with(csrf()).param("title", "Eerste hoofdstuk").param("intro", "")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		chapter = chapter.substring(chapter.indexOf("#hoofdstuk-") + "#hoofdstuk-".length());
		long article = this.drafts.publish(ArticleKind.KNOWLEDGE, "stap-met-beeld-" + run, "Een stap met een beeld",
				"Een samenvatting.", "Een tekst.", List.of(), this.clock.instant().minusSeconds(60));
		this.mvc.perform(as(post(toolkit + "/hoofdstukken/" + chapter + "/artikelen").with(csrf())
			.param("articleId", String.valueOf(article))));
		this.mvc.perform(as(post(toolkit + "/editie").with(csrf())));

		String page = this.http.get(slug).body();
		assertThat(page).contains("alt=\"Buren op een getekende omslag\"")
			.contains("srcset=\"/media/" + id + "/")
			.contains("Onderschrift van de omslag")
			.contains("Tekenaar Test");

		HttpResponse<byte[]> booklet = this.http.getBytes(slug + "/pdf");
		assertThat(booklet.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(booklet.body())) {
			assertThat(images(document.getPage(0))).as("the cover shows the image").isEqualTo(1);
			assertThat(images(document.getPage(3))).as("the chapter (after colophon and contents) opens with it")
				.isPositive();
		}
		VeraGreenfieldFoundryProvider.initialise();
		ToolkitPdfTests.assertValid(booklet.body());

		MvcResult refused = as(this.mvc, post("/admin/media/" + id + "/verwijderen").with(csrf()));
		assertThat(refused.getResponse().getStatus()).as("an image the toolkit shows is not deleted").isEqualTo(409);
		assertThat(as(this.mvc, get("/admin/media/" + id + "/verwijderen")).getResponse().getContentAsString())
			.contains("Toolkit \"" + title + "\"")
			.contains("href=\"" + toolkit + "\"");

		String etag = booklet.headers().firstValue("ETag").orElseThrow();
		this.mvc.perform(as(multipart("/admin/media/" + id + "/bestand")
			.file(new MockMultipartFile("bestand", "nieuw.png", "image/png",
					TestPictures.png(Color.GREEN, Color.BLUE, 900, 600)))
			.with(csrf())));
		assertThat(this.library.picture(id).orElseThrow().width()).isEqualTo(900);
		HttpResponse<byte[]> renewed = this.http.getBytes(slug + "/pdf", "If-None-Match", etag);
		assertThat(renewed.statusCode()).as("the booklet is made again with the new file").isEqualTo(200);
		assertThat(renewed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));
	}

	private static int images(PDPage page) throws Exception {
		int count = 0;
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject) {
				count++;
			}
		}
		return count;
	}

	private static MvcResult as(MockMvc mvc, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(as(request)).andReturn();
	}

	private static AbstractMockHttpServletRequestBuilder<?> as(AbstractMockHttpServletRequestBuilder<?> request) {
		return request.accept("text/html").with(TestAccounts.loggedInAs(Role.EDITOR));
	}

}
