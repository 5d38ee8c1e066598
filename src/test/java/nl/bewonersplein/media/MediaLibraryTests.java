package nl.bewonersplein.media;

import java.net.http.HttpResponse;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The media library as editors and visitors meet it: uploads refused with a Dutch message
 * or stored re-encoded, files served with the right headers, a replaced file under the
 * same address, a file in use that cannot be deleted, and library images in bodies.
 */
@SiteTest
@RecordApplicationEvents
class MediaLibraryTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	MockMvc mvc;

	Http http;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.http = new Http(this.port);
	}

	MvcResult asEditor(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(TestAccounts.loggedInAs(Role.EDITOR)).accept("text/html"))
			.andReturn();
	}

	MvcResult upload(String name, String declaredType, byte[] bytes, String alt, boolean decorative) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/media")
			.file(new MockMultipartFile("bestand", name, declaredType, bytes));
		request.param("alt", alt).param("bijschrift", "Bankje in de Pijlstraat").param("maker", "Tekening: Sanne");
		if (decorative) {
			request.param("decoratief", "true");
		}
		return asEditor(request);
	}

	long uploaded(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getErrorMessage()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/media/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	String refusal(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("class=\"field-error\" id=\"bestand-error\"", "Kies het bestand opnieuw");
		return html;
	}

	@Test
	void anUploadedImageIsServedAsRenditionsCachedForAYear() throws Exception {
		long id = uploaded(upload("Bankje in de straat.PNG", "image/png", TestImages.png(1800, 1200),
				"Twee buren op een bankje", false));
		assertThat(this.events.stream(MediaChanged.class)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("media.uploaded");
			assertThat(event.subject()).contains("Afbeelding " + id, "Bankje in de straat.PNG");
		});
		MediaItem item = this.context.getBean(MediaStore.class).find(id).orElseThrow();
		assertThat(item.name()).isEqualTo("bankje-in-de-straat.png");
		assertThat(item.widths()).containsExactly(320, 640, 960, 1600);

		HttpResponse<byte[]> stable = this.http.getBytes("/media/" + id + "/bankje-in-de-straat.png");
		assertThat(stable.statusCode()).isEqualTo(200);
		assertThat(stable.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(stable.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(stable.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
		assertThat(stable.headers().firstValue("Set-Cookie")).isEmpty();
		String etag = stable.headers().firstValue("ETag").orElseThrow();
		assertThat(this.http.getBytes("/media/" + id + "/bankje-in-de-straat.png", "If-None-Match", etag).statusCode())
			.isEqualTo(304);

		HttpResponse<byte[]> small = this.http.getBytes(item.url(320));
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public",
				"immutable");
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(small.body())).getWidth())
			.isEqualTo(320);

		MvcResult page = asEditor(get("/admin/media/" + id));
		assertThat(page.getResponse().getContentAsString()).contains("Twee buren op een bankje",
				"![Twee buren op een bankje](/media/" + id + "/bankje-in-de-straat.png)", "Nog nergens.");
		MvcResult list = asEditor(get("/admin/media").param("q", "buren op een bankje"));
		assertThat(list.getResponse().getContentAsString()).contains("Bankje in de straat.PNG", "Niet gebruikt");
		MvcResult picker = this.mvc
			.perform(get("/admin/media/kiezen").param("q", "buren op een bankje")
				.accept("application/json")
				.with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn();
		assertThat(picker.getResponse().getContentType()).startsWith("application/json");
		assertThat(picker.getResponse().getContentAsString()).contains("\"id\":" + id,
				"\"markdown\":\"![Twee buren op een bankje](/media/" + id + "/bankje-in-de-straat.png)\"",
				"\"thumbnail\":\"/media/" + id + "/" + item.fingerprint() + "-320.png\"");
	}

	@Test
	void anImageNeedsAnAltTextUnlessMarkedDecorative() throws Exception {
		MvcResult missing = upload("foto.jpg", "image/jpeg", TestImages.jpeg(400, 300), "  ", false);
		assertThat(missing.getResponse().getStatus()).isEqualTo(422);
		assertThat(missing.getResponse().getContentAsString()).contains("id=\"alt-error\"",
				"Schrijf wat er op de afbeelding te zien is", "value=\"Bankje in de Pijlstraat\"");
		long id = uploaded(upload("foto.jpg", "image/jpeg", TestImages.jpeg(400, 300), "", true));
		MediaItem item = this.context.getBean(MediaStore.class).find(id).orElseThrow();
		assertThat(item.decorative()).isTrue();
		assertThat(item.picture().alt()).isEmpty();
	}

	@Test
	void maliciousUploadsAreRefusedOrNeutralised() throws Exception {
		assertThat(refusal(upload("vakantie.jpg", "image/jpeg", TestImages.html(), "Een foto", false)))
			.contains("Dit bestand kunnen we niet gebruiken");
		assertThat(refusal(upload("logo.svg", "image/svg+xml", TestImages.svgWithScript(), "Logo", false)))
			.contains("Dit bestand kunnen we niet gebruiken");
		assertThat(refusal(upload("bom.png", "image/png", TestImages.pngBomb(), "Bom", false)))
			.contains("30.000 bij 30.000 pixels", "hoogstens 40 megapixels");
		byte[] big = java.util.Arrays.copyOf(TestImages.jpeg(100, 100), 11 * 1024 * 1024);
		assertThat(refusal(upload("groot.jpg", "image/jpeg", big, "Groot", false))).contains("Dit bestand is 11,0 MB",
				"hoogstens 10,0 MB");

		long id = uploaded(upload("polyglot.jpg", "image/jpeg", TestImages.polyglot(), "Een polyglot", false));
		MediaItem item = this.context.getBean(MediaStore.class).find(id).orElseThrow();
		for (int width : item.widths()) {
			HttpResponse<byte[]> served = this.http.getBytes(item.url(width));
			assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
			assertThat(TestImages.contains(served.body(), "<script")).isFalse();
			assertThat(TestImages.contains(served.body(), "<html")).isFalse();
		}
		assertThat(TestImages.contains(this.http.getBytes(item.url()).body(), "script")).isFalse();
	}

	@Test
	void aPdfIsADownloadAndNeverAPage() throws Exception {
		long id = uploaded(upload("Jaarverslag 2025.pdf", "application/pdf", ImageFilesTests.pdf(false), "", false));
		HttpResponse<byte[]> pdf = this.http.getBytes("/media/" + id + "/jaarverslag-2025.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("filename=\"jaarverslag-2025.pdf\"");
		assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		assertThat(refusal(upload("script.pdf", "application/pdf", ImageFilesTests.pdf(true), "", false)))
			.contains("Deze pdf bevat een script");
	}

	@Test
	void aReplacedFileKeepsItsAddressAndOldRenditionsLeadToTheNewOne() throws Exception {
		long id = uploaded(upload("plein.png", "image/png", TestImages.png(1000, 600), "Het plein", false));
		MediaStore store = this.context.getBean(MediaStore.class);
		MediaItem before = store.find(id).orElseThrow();
		byte[] first = this.http.getBytes(before.url()).body();

		MvcResult replaced = asEditor(multipart("/admin/media/" + id + "/bestand")
			.file(new MockMultipartFile("bestand", "plein-nieuw.jpg", "image/jpeg", TestImages.jpeg(1200, 800))));
		assertThat(replaced.getResponse().getStatus()).isEqualTo(302);
		MediaItem after = store.find(id).orElseThrow();
		assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
		assertThat(after.alt()).isEqualTo("Het plein");

		HttpResponse<byte[]> stable = this.http.getBytes(before.url());
		assertThat(stable.statusCode()).as("the address in bodies still works").isEqualTo(200);
		assertThat(stable.body()).isNotEqualTo(first);
		assertThat(stable.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		HttpResponse<byte[]> old = this.http.getBytes(before.url(640));
		assertThat(old.statusCode()).isEqualTo(301);
		assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith(after.url(640));

		MvcResult wrongKind = asEditor(multipart("/admin/media/" + id + "/bestand")
			.file(new MockMultipartFile("bestand", "plein.pdf", "application/pdf", ImageFilesTests.pdf(false))));
		assertThat(wrongKind.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrongKind.getResponse().getContentAsString()).contains("Dit is een afbeelding");
	}

	@Test
	void aFileInUseIsNotDeletedAndTheEditorSeesWhere() throws Exception {
		long id = uploaded(upload("koffie.png", "image/png", TestImages.png(800, 500), "Koffie op straat", false));
		MvcResult article = asEditor(post("/admin/artikelen").param("kind", "NEWS")
			.param("slug", "koffie-in-de-pijlstraat")
			.param("title", "Koffie in de Pijlstraat")
			.param("summary", "Elke zaterdag koffie op straat.")
			.param("body", "Zo begon het.\n\n![](/media/" + id + "/koffie.png \"Zaterdag om tien uur\")\n\nEinde."));
		assertThat(article.getResponse().getStatus()).isEqualTo(302);
		String edit = article.getResponse().getRedirectedUrl();
		try {
			MvcResult confirm = asEditor(get("/admin/media/" + id + "/verwijderen"));
			assertThat(confirm.getResponse().getContentAsString())
				.contains("is nog in gebruik", "Artikel \"Koffie in de Pijlstraat\"", "href=\"" + edit + "\"")
				.doesNotContain("Ja, verwijder");
			MvcResult refused = asEditor(post("/admin/media/" + id + "/verwijderen"));
			assertThat(refused.getResponse().getStatus()).isEqualTo(409);
			assertThat(refused.getResponse().getContentAsString()).contains("Koffie in de Pijlstraat");
			assertThat(this.http.getBytes("/media/" + id + "/koffie.png").statusCode()).isEqualTo(200);

			asEditor(post("/admin/artikelen/publicatie").param("id", edit.substring(edit.lastIndexOf('/') + 1))
				.param("actie", "publiceren"));
			String page = this.http.get("/nieuws/koffie-in-de-pijlstraat").body();
			MediaItem item = this.context.getBean(MediaStore.class).find(id).orElseThrow();
			assertThat(page).contains(
					"<figure class=\"body-image\"><img src=\"" + item.url(800) + "\" srcset=\"" + item.url(320)
							+ " 320w, " + item.url(640) + " 640w, " + item.url(800) + " 800w\"",
					"width=\"800\" height=\"500\" alt=\"Koffie op straat\" loading=\"lazy\" decoding=\"async\"",
					"<figcaption>Zaterdag om tien uur");
		}
		finally {
			asEditor(post(edit + "/verwijderen"));
		}
		MvcResult unused = asEditor(get("/admin/media/" + id + "/verwijderen"));
		assertThat(unused.getResponse().getContentAsString()).contains("Ja, verwijder het bestand");
		MvcResult deleted = asEditor(post("/admin/media/" + id + "/verwijderen"));
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/media");
		assertThat(this.http.getBytes("/media/" + id + "/koffie.png").statusCode()).isEqualTo(404);
		assertThat(this.events.stream(MediaChanged.class)).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo("media.deleted");
			assertThat(event.id()).isEqualTo(id);
		});
	}

}
