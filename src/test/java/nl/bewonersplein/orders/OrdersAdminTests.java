package nl.bewonersplein.orders;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.audit.AuditTrail;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.FormSubmissions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static nl.bewonersplein.accounts.TestAccounts.loggedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fulfilment as a coordinator does it: new → packed → sent with the "sent" mail,
 * cancelling returns stock exactly once, the packing list and 3 × 8 address labels are
 * valid PDF/UA and PDF/A, CSV, stock changes by hand with a reason, every step in the
 * audit log; and "houd me op de hoogte" mails once when stock is back.
 */
@SiteTest
class OrdersAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	Materials materials;

	@Autowired
	OrderPlacement placement;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	Material material;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() {
		if (this.material != null) {
			OrderFixtures.remove(this.jdbc, this.material);
		}
	}

	long place(int houseNumber, String email) {
		DutchPostcode postcode = DutchPostcode.parse("1234ab").orElseThrow();
		OrderForm form = new OrderForm("1", "Buur " + houseNumber, "Buurtkamer De Linde", postcode.value(),
				Integer.toString(houseNumber), "a", "Lindelaan", "Ergenshuizen", email, "", "ja",
				this.submissions.newToken());
		this.submissions.submit(form.formToken(), () -> this.placement.place(this.material, form, postcode));
		return this.jdbc.queryForObject("select max(id) from material_order where material_id = ? and house_number = ?",
				Long.class, this.material.id(), Integer.toString(houseNumber));
	}

	String status(long id) {
		return this.jdbc.queryForObject("select status from material_order where id = ?", String.class, id);
	}

	int stock() {
		return this.materials.byId(this.material.id()).orElseThrow().stock();
	}

	int audits(String action, String subject) {
		return this.jdbc.queryForObject("select count(*) from audit_entry where action = ? and subject = ?",
				Integer.class, action, subject);
	}

	@Test
	void aCoordinatorPacksAndSendsABatchAndCancellingReturnsStockOnce() throws Exception {
		this.material = OrderFixtures.material(this.materials, 10, 5);
		String email = "verstuurd-" + System.nanoTime() + "@buurt.example";
		long first = place(1, email);
		long second = place(2, "");
		long third = place(3, "");
		assertThat(stock()).isEqualTo(7);

		String list = this.mvc
			.perform(get("/admin/bestellingen?status=new&materiaal=" + this.material.id())
				.with(loggedInAs(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(OrderPlacement.number(first), OrderPlacement.number(third), "Buur 2");

		bulk("packed", first, second);
		assertThat(status(first)).isEqualTo("PACKED");
		bulk("sent", first, second);
		assertThat(status(second)).isEqualTo("SENT");
		assertThat(this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id",
				String.class, email))
			.containsExactly("Je bestelling " + OrderPlacement.number(first) + " is ontvangen",
					"Je bestelling " + OrderPlacement.number(first) + " is verstuurd");
		// Sent is final.
		bulk("cancelled", first);
		assertThat(status(first)).isEqualTo("SENT");

		bulk("cancelled", third);
		bulk("cancelled", third);
		assertThat(status(third)).isEqualTo("CANCELLED");
		assertThat(stock()).isEqualTo(8);
		assertThat(audits("order.status-changed", "Bestelling " + OrderPlacement.number(first))).isEqualTo(2);
		assertThat(audits("order.status-changed", "Bestelling " + OrderPlacement.number(third))).isOne();
		assertThat(AuditTrail.shown(this.mvc, "order.status-changed", "Bestelling " + OrderPlacement.number(first)))
			.containsExactly("Status van een bestelling gewijzigd | status packed -> sent",
					"Status van een bestelling gewijzigd | status new -> packed");
	}

	@Test
	void labelsComeTwentyFourToAnA4SheetInDutchAddressFormatAndPassVeraPdf() throws Exception {
		this.material = OrderFixtures.material(this.materials, 100, 5);
		for (int i = 1; i <= 25; i++) {
			place(i, "");
		}
		MvcResult labels = this.mvc
			.perform(get("/admin/bestellingen/etiketten?materiaal=" + this.material.id())
				.with(loggedInAs(Role.COORDINATOR)))
			.andReturn();
		assertThat(labels.getResponse().getContentType()).isEqualTo("application/pdf");
		byte[] pdf = labels.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(595f, 596f);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Buur 25", "Buurtkamer De Linde", "Lindelaan 25A")
				.containsPattern("1234 AB\\s+ERGENSHUIZEN");
		}
		assertValid(pdf);

		byte[] packing = this.mvc
			.perform(get("/admin/bestellingen/paklijst?materiaal=" + this.material.id()).with(loggedInAs(Role.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(packing)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Paklijst", "25 bestellingen");
		}
		assertValid(packing);

		String csv = this.mvc
			.perform(get("/admin/bestellingen/export?materiaal=" + this.material.id())
				.with(loggedInAs(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(26);
		assertThat(csv).contains("bestelnummer;datum;status", "Buur 7;Buurtkamer De Linde;Lindelaan;7;A;1234 AB");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'order.exported' and detail = '25 bestellingen'",
				Integer.class))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void stockChangesByHandNeedAReasonAndBringTheBackInStockMailOnce() throws Exception {
		this.material = OrderFixtures.material(this.materials, 0, 5);
		String email = "wachtend-" + System.nanoTime() + "@buurt.example";
		Http visitor = Http.withCookies(this.port);
		String page = OrderPaths.material(this.material.slug());
		assertThat(visitor.get(page).body()).contains("Houd me op de hoogte");
		for (int i = 0; i < 2; i++) {
			assertThat(
					visitor.submit(page, page + "/houd-me-op-de-hoogte", java.util.Map.of("email", email)).statusCode())
				.isEqualTo(302);
		}
		assertThat(visitor.submit(page, page + "/houd-me-op-de-hoogte", java.util.Map.of("email", "geen adres"))
			.statusCode()).isEqualTo(422);

		String action = "/admin/bestellingen/materialen/" + this.material.id() + "/voorraad";
		this.mvc.perform(post(action).param("wijziging", "+20")
			.param("reden", "")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf()));
		assertThat(stock()).isZero();
		this.mvc.perform(post(action).param("wijziging", "+20")
			.param("reden", "Nieuwe levering van de drukker")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf()));
		assertThat(stock()).isEqualTo(20);
		this.mvc.perform(post(action).param("wijziging", "-25")
			.param("reden", "Te veel")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf()));
		assertThat(stock()).isEqualTo(20);
		this.mvc.perform(post(action).param("wijziging", "-20")
			.param("reden", "Beschadigd")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf()));
		this.mvc.perform(post(action).param("wijziging", "5")
			.param("reden", "Nog een doos gevonden")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf()));
		assertThat(this.jdbc.queryForList("select reason from order_stock_change where material_id = ? order by id",
				String.class, this.material.id()))
			.containsExactly("Nieuwe levering van de drukker", "Beschadigd", "Nog een doos gevonden");
		assertThat(this.jdbc.queryForList("select subject from mail_outbox where recipient = ?", String.class, email))
			.containsExactly(this.material.name() + " is weer te bestellen");
		assertThat(audits("order.stock-changed", "Materiaal " + this.material.name())).isEqualTo(3);
		assertThat(AuditTrail.shown(this.mvc, "order.stock-changed", "Materiaal " + this.material.name())).first()
			.isEqualTo("Voorraad met de hand aangepast | voorraad 0 -> 5: Nog een doos gevonden");
		assertThat(this.mvc.perform(get("/admin/bestellingen/materialen").with(loggedInAs(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Nieuwe levering van de drukker");
	}

	private void bulk(String next, long... ids) throws Exception {
		var request = post("/admin/bestellingen/status").param("naar", next)
			.param("terug", "?status=new")
			.with(loggedInAs(Role.COORDINATOR))
			.with(csrf());
		for (long id : ids) {
			request.param("bestelling", Long.toString(id));
		}
		assertThat(this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/admin/bestellingen?status=new");
	}

	static void assertValid(byte[] pdf) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				List<String> failures = new ArrayList<>();
				result.getTestAssertions()
					.stream()
					.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
					.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
							+ ": " + assertion.getMessage())
					.distinct()
					.forEach(failures::add);
				assertThat(failures).as(flavour.toString()).isEmpty();
				assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
			}
		}
	}

}
