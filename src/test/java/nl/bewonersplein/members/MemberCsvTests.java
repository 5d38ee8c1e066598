package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An editor imports initiatives from a CSV file: a preview first, every row's problems
 * named, nothing imported while any row is wrong; then all at once. The export lists them
 * again.
 */
@SiteTest
class MemberCsvTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	MemberInitiativeRepository initiatives;

	MockMvc mvc;

	String prefix;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.prefix = MemberFixtures.unique("Import");
	}

	@AfterEach
	void removeImported() {
		this.initiatives.findAllByOrderByNameAsc()
			.stream()
			.filter((i) -> i.getName().startsWith(this.prefix))
			.forEach(this.initiatives::delete);
	}

	@Test
	void aFileWithOneBadRowImportsNothingAndSaysWhatIsWrong() throws Exception {
		String csv = "naam;soort;regio;plaats;samenvatting;website;themas;doelen\n" + this.prefix
				+ " Goed;bewonersgroep;;Zwolle;Een goede regel.;https://goed.example;zorg;3 11\n" + this.prefix
				+ " Fout;ruimteschip;;Nergenshuizen;;geen-url;onbekend-thema;42\n";

		MockHttpServletResponse preview = upload(csv);

		assertThat(preview.getStatus()).isEqualTo(422);
		String html = HtmlUtils.htmlUnescape(preview.getContentAsString());
		assertThat(html).contains("Er is niets geïmporteerd", "Onbekende soort \"ruimteschip\"",
				"We kennen de plaats \"Nergenshuizen\" niet", "Vul samenvatting in", "Geen geldig webadres: geen-url",
				"Onbekend thema \"onbekend-thema\"", "Doelen zijn nummers van 1 tot en met 17")
			.doesNotContain("name=\"csv\"");
		// Posting the file straight to the confirmation does not sneak it in either.
		MockHttpServletResponse forced = this.mvc
			.perform(post("/admin/leden/import/bevestiging").with(csrf())
				.with(TestAccounts.loggedInAs(Role.EDITOR))
				.param("csv", csv))
			.andReturn()
			.getResponse();
		assertThat(forced.getStatus()).isEqualTo(422);
		assertThat(ours()).isEmpty();
	}

	@Test
	void aGoodFileIsImportedAllAtOnceAndComesBackInTheExport() throws Exception {
		String csv = "\uFEFFnaam,soort,plaats,samenvatting,beschrijving,status\r\n" + this.prefix
				+ " Een,Inloophuis,Wezep,\"Koffie, thee en een praatje.\",\"Twee regels\nin één veld\",gepubliceerd\r\n"
				+ this.prefix + " Twee,energiecooperatie,Tilburg,Zon op het dak.,,concept\r\n";

		MockHttpServletResponse preview = upload(csv);
		assertThat(preview.getStatus()).isEqualTo(200);
		assertThat(preview.getContentAsString()).contains("2 initiatieven zijn klaar om te importeren");
		assertThat(ours()).isEmpty();

		MockHttpServletResponse done = this.mvc
			.perform(post("/admin/leden/import/bevestiging").with(csrf())
				.with(TestAccounts.loggedInAs(Role.EDITOR))
				.param("csv", csv))
			.andReturn()
			.getResponse();
		assertThat(done.getStatus()).isEqualTo(302);
		List<MemberInitiative> imported = ours();
		assertThat(imported).extracting(MemberInitiative::getName)
			.containsExactly(this.prefix + " Een", this.prefix + " Twee");
		assertThat(imported.get(0).getRegion()).isEqualTo(Region.OOST);
		assertThat(imported.get(0).getKind()).isEqualTo(InitiativeKind.DROP_IN);
		assertThat(imported.get(0).getDescription()).isEqualTo("Twee regels\nin één veld");
		assertThat(imported.get(0).isPublished()).isTrue();
		assertThat(imported.get(1).isPublished()).isFalse();

		// The same file again is refused as a whole: the names exist now.
		assertThat(upload(csv).getContentAsString()).contains("Er is al een initiatief met de naam");
		String export = this.mvc.perform(get("/admin/leden/export").with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).startsWith("\uFEFFnaam;soort;regio;plaats")
			.contains(this.prefix + " Een;inloophuis;oost;Wezep;\"Koffie, thee en een praatje.\"");
	}

	private MockHttpServletResponse upload(String csv) throws Exception {
		return this.mvc
			.perform(multipart("/admin/leden/import")
				.file(new MockMultipartFile("bestand", "leden.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse();
	}

	private List<MemberInitiative> ours() {
		return this.initiatives.findAllByOrderByNameAsc()
			.stream()
			.filter((i) -> i.getName().startsWith(this.prefix))
			.toList();
	}

}
