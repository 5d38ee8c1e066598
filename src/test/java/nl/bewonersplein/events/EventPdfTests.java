package nl.bewonersplein.events;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.audit.AuditTrail;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.shared.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The poster and the attendee list pass veraPDF (PDF/UA-1 and PDF/A-3u) and say what
 * organisers need: date, place, phone numbers of phone-only sign-ups. Lists with personal
 * data are audited; the CSV never starts a spreadsheet formula.
 */
@SiteTest
class EventPdfTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	EventStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	MockMvc mvc;

	final List<Long> made = new ArrayList<>();

	@BeforeAll
	static void vera() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	MockHttpServletResponse download(String path) throws Exception {
		return this.mvc.perform(get(path).with(TestAccounts.loggedInAs(Role.EDITOR))).andReturn().getResponse();
	}

	@Test
	void posterAndAttendeeListAreAccessiblePdfsWithWhatOrganisersNeed() throws Exception {
		Instant start = this.clock.instant().plus(Duration.ofDays(8));
		long id = this.store.create(
				EventFixtures.event("Posteravond", start, start.plus(Duration.ofHours(2)), Region.MIDDEN, 10, Set.of()),
				this.clock.instant());
		this.made.add(id);
		this.registrations.registerOnBehalf(id,
				new Registrations.SignUp("Truus Telefoon", "", "06 55554444", 2, "", Tokens.next(), "Test"));
		this.registrations.registerOnBehalf(id,
				new Registrations.SignUp("=Formule Piet", "piet@voorbeeld.example", "", 1, "", Tokens.next(), "Test"));

		byte[] poster = download("/admin/evenementen/" + id + "/poster.pdf").getContentAsByteArray();
		assertValid(poster);
		assertThat(text(poster)).contains("Posteravond", "Buurthuis Test", "06 12345678");

		byte[] list = download("/admin/evenementen/" + id + "/deelnemers.pdf").getContentAsByteArray();
		assertValid(list);
		assertThat(text(list)).contains("Truus Telefoon", "06 55554444");

		String csv = new String(download("/admin/evenementen/" + id + "/aanmeldingen.csv").getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Truus Telefoon\"", "\"'=Formule Piet\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action in ('event.attendee-list', 'event.csv-export')"
						+ " and subject like ?",
				Integer.class, "Evenement " + id + " %"))
			.isEqualTo(2);
		String subject = "Evenement " + id + " \"Posteravond\"";
		assertThat(AuditTrail.shown(this.mvc, "event.attendee-list", subject))
			.containsExactly("Deelnemerslijst (pdf) gedownload | 2 aanmeldingen");
		assertThat(AuditTrail.shown(this.mvc, "event.csv-export", subject))
			.containsExactly("Aanmeldingen als CSV gedownload | 2 aanmeldingen");
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static void assertValid(byte[] pdf) throws Exception {
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				List<String> failures = result.getTestAssertions()
					.stream()
					.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
					.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
							+ ": " + assertion.getMessage())
					.distinct()
					.toList();
				assertThat(failures).as(flavour.toString()).isEmpty();
				assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
			}
		}
	}

}
