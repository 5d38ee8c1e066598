package nl.bewonersplein.members;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.bewonersplein.TestPictures;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A member uploads one image for their own initiative from its own page: it goes through
 * the media library's checks (kind by content, size, alt text unless decorative), lands
 * there as the initiative's, and waits for an editor like every other change (the public
 * sees the old image until then); replacing and taking it away wait too. A member of
 * another initiative gets 403 and leaves nothing behind.
 */
@SiteTest
class MemberOwnImageTests {

	static final long MEMBER = 830_001;

	static final long OTHER_MEMBER = 830_002;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	nl.bewonersplein.media.MediaLibrary library;

	MockMvc mvc;

	MemberInitiative ours;

	MemberInitiative theirs;

	String base;

	@BeforeEach
	void twoInitiatives() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.ours = MemberFixtures.published(this.profiles, MemberFixtures.unique("Buurtkamer Eigen Beeld"), "Kampen");
		this.theirs = MemberFixtures.published(this.profiles, MemberFixtures.unique("Buurtkamer Ander Beeld"),
				"Hattem");
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", this.ours.getId(),
				MEMBER);
		this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", this.theirs.getId(),
				OTHER_MEMBER);
		this.base = "/account/initiatieven/" + this.ours.getId();
	}

	@AfterEach
	void removeThem() {
		for (MemberInitiative initiative : List.of(this.ours, this.theirs)) {
			this.initiatives.deleteById(initiative.getId());
			this.jdbc.update("delete from media_variant where media_id in (select id from media_file where owner = ?)",
					initiative.getName());
			this.jdbc.update("delete from media_file where owner = ?", initiative.getName());
		}
	}

	@Test
	void anUploadWaitsForAnEditorThenThePublicSeesIt() throws Exception {
		MvcResult sent = upload(png(Color.ORANGE, 1200, 800, "logo.png"), "Logo van Buurtkamer Eigen Beeld");
		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(this.base + "?verstuurd");

		// In the library as the initiative's: editors see it there, with its owner.
		List<Long> ids = ownedIds(this.ours);
		assertThat(ids).hasSize(1);
		long id = ids.get(0);
		String detail = html(get("/admin/media/" + id).with(editor()));
		assertThat(detail).contains("Geüpload door een lid van").contains(this.ours.getName());
		// The member sees a preview of what waits; the public does not see it yet.
		String own = html(get(this.base).with(member()));
		assertThat(own).contains("Wacht op goedkeuring")
			.containsPattern("<img src=\"/media/" + id + "/[^\"]+\"[^>]+alt=\"Logo van Buurtkamer Eigen Beeld\"");
		assertThat(html(get(this.ours.getUrl()))).doesNotContain("/media/" + id + "/");
		// While it waits it is in use: an editor cannot delete it.
		assertThat(this.mvc.perform(post("/admin/media/" + id + "/verwijderen").with(csrf()).with(editor()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(409);

		long change = pendingChange();
		String review = html(get("/admin/leden/wijzigingen/" + change).with(editor()));
		assertThat(review).contains("Logo of foto").contains("Logo van Buurtkamer Eigen Beeld");
		approve(change);
		assertThat(html(get(this.ours.getUrl())))
			.containsPattern("<img src=\"/media/" + id + "/[^\"]+\"[^>]+alt=\"Logo van Buurtkamer Eigen Beeld\"");
		assertThat(this.profiles.get(this.ours.getId()).getImagePath()).startsWith("/media/" + id + "/");
		assertThat(html(get(this.base).with(member()))).contains("Nu op de website")
			.doesNotContain("Wacht op goedkeuring");
	}

	@Test
	void aReplacementWaitsTooAndTheOldImageStaysUntilApproved() throws Exception {
		upload(png(Color.ORANGE, 800, 600, "eerste.png"), "Het eerste logo");
		approve(pendingChange());
		String first = this.profiles.get(this.ours.getId()).getImagePath();

		MvcResult sent = upload(png(Color.GREEN, 800, 600, "tweede.png"), "Het tweede logo");
		assertThat(sent.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.profiles.get(this.ours.getId()).getImagePath()).isEqualTo(first);
		assertThat(html(get(this.ours.getUrl()))).contains("alt=\"Het eerste logo\"").doesNotContain("Het tweede logo");
		assertThat(html(get(this.base).with(member()))).contains("alt=\"Het eerste logo\"")
			.contains("alt=\"Het tweede logo\"");

		approve(pendingChange());
		assertThat(this.profiles.get(this.ours.getId()).getImagePath()).isNotEqualTo(first).contains("/tweede.png");
		assertThat(html(get(this.ours.getUrl()))).contains("alt=\"Het tweede logo\"").doesNotContain("Het eerste logo");
	}

	@Test
	void anUploadThatIsReplacedOrTakenAwayIsNotKeptUnlessUsedElsewhere() throws Exception {
		upload(png(Color.ORANGE, 800, 600, "eerste.png"), "Het eerste logo");
		List<Long> first = ownedIds(this.ours);
		upload(png(Color.GREEN, 800, 600, "tweede.png"), "Het tweede logo");
		List<Long> second = ownedIds(this.ours);
		assertThat(second).as("the upload that waited is replaced, not kept")
			.hasSize(1)
			.doesNotContainAnyElementsOf(first);

		approve(pendingChange());
		upload(png(Color.BLUE, 800, 600, "derde.png"), "Het derde logo");
		assertThat(ownedIds(this.ours)).as("the public image stays while its successor waits")
			.hasSize(2)
			.containsAll(second);
		approve(pendingChange());
		List<Long> third = ownedIds(this.ours);
		assertThat(third).as("the public image the approved one replaced")
			.hasSize(1)
			.doesNotContainAnyElementsOf(second);

		// An editor shows the member's image on another profile too: then it stays.
		String path = this.profiles.get(this.ours.getId()).getImagePath();
		this.jdbc.update("update member_initiative set description = ? where id = ?", "Met ![logo](" + path + ")",
				this.theirs.getId());
		this.mvc.perform(
				post(this.base + "/afbeelding/verwijderen").with(csrf()).with(member()).param("formToken", token()));
		approve(pendingChange());
		assertThat(this.profiles.get(this.ours.getId()).getImagePath()).isNull();
		assertThat(ownedIds(this.ours)).as("still used on another profile").isEqualTo(third);
		this.jdbc.update("update member_initiative set description = '' where id = ?", this.theirs.getId());
	}

	@Test
	void theMemberChangesOnlyTheTextAlternativeWithoutUploadingAgain() throws Exception {
		assertThat(describe("Zonder bestand").getResponse().getStatus()).as("no image of theirs yet: a file is needed")
			.isEqualTo(422);
		upload(png(Color.ORANGE, 800, 600, "logo.png"), "Een oranje vlak");
		approve(pendingChange());
		String first = this.profiles.get(this.ours.getId()).getImagePath();
		byte[] pixels = this.mvc.perform(get(first)).andReturn().getResponse().getContentAsByteArray();
		assertThat(html(get(this.base).with(member()))).contains("Laat dit leeg om alleen de beschrijving");

		MvcResult sent = describe("Het logo van de buurtkamer, een oranje vlak");
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(this.base + "?verstuurd");
		assertThat(html(get(this.ours.getUrl()))).as("the public sees the old text until an editor approves")
			.contains("alt=\"Een oranje vlak\"");
		// Described again while it waits: the waiting copy is replaced, not kept.
		describe("Het logo van de buurtkamer: een oranje vlak");
		assertThat(ownedIds(this.ours)).hasSize(2);

		approve(pendingChange());
		String now = this.profiles.get(this.ours.getId()).getImagePath();
		assertThat(html(get(this.ours.getUrl()))).contains("alt=\"Het logo van de buurtkamer: een oranje vlak\"")
			.doesNotContain("alt=\"Een oranje vlak\"");
		assertThat(ownedIds(this.ours)).as("the old one is gone").hasSize(1);
		assertThat(this.mvc.perform(get(now)).andReturn().getResponse().getContentAsByteArray())
			.as("the same pixels, not encoded again")
			.isEqualTo(pixels);

		// An image an editor chose from the library is not the member's to describe.
		String staffs = this.jdbc.queryForObject("select '/media/' || id || '/' || name from media_file"
				+ " where owner is null and kind = 'IMAGE' order by id fetch first 1 rows only", String.class);
		this.jdbc.update("update member_initiative set image_path = ? where id = ?", staffs, this.ours.getId());
		MvcResult refused = describe("Een andere beschrijving");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"afbeelding-bestand-error\"");
		this.jdbc.update("update member_initiative set image_path = ? where id = ?", now, this.ours.getId());
	}

	private MvcResult describe(String alt) throws Exception {
		return this.mvc
			.perform(multipart(this.base + "/afbeelding").param("alt", alt)
				.param("formToken", token())
				.with(csrf())
				.with(member()))
			.andReturn();
	}

	@Test
	void deletingTheInitiativeDeletesItsOwnImage() throws Exception {
		upload(png(Color.ORANGE, 800, 600, "logo.png"), "Het logo");
		approve(pendingChange());
		assertThat(ownedIds(this.ours)).hasSize(1);

		this.profiles.delete(this.ours.getId());
		assertThat(ownedIds(this.ours)).isEmpty();
	}

	@Test
	void theLibraryNamesTheOwnerAsTheInitiativeIsCalledNow() throws Exception {
		upload(png(Color.ORANGE, 800, 600, "logo.png"), "Het logo");
		approve(pendingChange());
		long id = ownedIds(this.ours).get(0);
		String before = this.ours.getName();

		this.ours = MemberFixtures.rename(this.profiles, this.ours.getId(),
				MemberFixtures.unique("Buurtkamer Nieuwe Naam"));
		assertThat(ownedIds(this.ours)).containsExactly(id);
		assertThat(html(get("/admin/media/" + id).with(editor()))).contains("Geüpload door een lid van")
			.contains(this.ours.getName())
			.doesNotContain(before);
	}

	@Test
	void takingTheImageAwayWaitsForAnEditor() throws Exception {
		upload(png(Color.ORANGE, 800, 600, "weg.png"), "Logo dat weggaat");
		approve(pendingChange());
		String own = html(get(this.base).with(member()));
		assertThat(own).contains("Haal de afbeelding weg");

		MvcResult removed = this.mvc
			.perform(
					post(this.base + "/afbeelding/verwijderen").with(csrf()).with(member()).param("formToken", token()))
			.andReturn();
		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo(this.base + "?verstuurd");
		assertThat(html(get(this.ours.getUrl()))).contains("alt=\"Logo dat weggaat\"");
		assertThat(html(get(this.base).with(member()))).contains("Je hebt gevraagd de afbeelding weg te halen");

		approve(pendingChange());
		assertThat(this.profiles.get(this.ours.getId()).getImagePath()).isNull();
		assertThat(html(get(this.ours.getUrl()))).doesNotContain("Logo dat weggaat");
	}

	@Test
	void theAltTextIsRequiredUnlessTheImageIsDecorative() throws Exception {
		MvcResult missing = upload(png(Color.BLUE, 600, 400, "zonder.png"), "  ");
		assertThat(missing.getResponse().getStatus()).isEqualTo(422);
		assertThat(missing.getResponse().getContentAsString())
			.contains("Schrijf wat er op de afbeelding te zien is, of vink")
			.contains("id=\"afbeelding-alt-error\"");
		assertThat(ownedIds(this.ours)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from member_change where initiative_id = ?", Integer.class,
				this.ours.getId()))
			.isZero();

		MvcResult decorative = this.mvc
			.perform(multipart(this.base + "/afbeelding").file(png(Color.BLUE, 600, 400, "decoratief.png"))
				.param("alt", "")
				.param("decoratief", "true")
				.param("formToken", token())
				.with(csrf())
				.with(member()))
			.andReturn();
		assertThat(decorative.getResponse().getStatus()).isEqualTo(302);
		assertThat(ownedIds(this.ours)).hasSize(1);
	}

	@Test
	void theKindIsReadFromTheContentNotTheName() throws Exception {
		MockMultipartFile text = new MockMultipartFile("bestand", "logo.png", "image/png",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
					.getBytes(StandardCharsets.UTF_8));
		MvcResult wrong = upload(text, "Een logo");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("Dit bestand kunnen we niet gebruiken")
			.contains(">Een logo</textarea>");
		MockMultipartFile pdf = new MockMultipartFile("bestand", "logo.jpg", "image/jpeg",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(upload(pdf, "Een logo").getResponse().getContentAsString()).contains("Dit is geen foto of tekening");
		MvcResult none = upload(new MockMultipartFile("bestand", "", "application/octet-stream", new byte[0]),
				"Een logo");
		assertThat(none.getResponse().getStatus()).isEqualTo(422);
		assertThat(none.getResponse().getContentAsString()).contains("Kies een bestand om te uploaden.");
		assertThat(ownedIds(this.ours)).isEmpty();

		// A real PNG under another name and type is taken: the content counts.
		MockMultipartFile misnamed = png(Color.RED, 400, 300, "logo.txt");
		MvcResult taken = upload(new MockMultipartFile("bestand", "logo.txt", "text/plain", misnamed.getBytes()),
				"Een logo");
		assertThat(taken.getResponse().getStatus()).isEqualTo(302);
		assertThat(ownedIds(this.ours)).hasSize(1);
	}

	@Test
	void aFileOverTenMegabytesIsRefused() throws Exception {
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		large[0] = (byte) 0xFF;
		large[1] = (byte) 0xD8;
		large[2] = (byte) 0xFF;
		MvcResult refused = upload(new MockMultipartFile("bestand", "groot.jpg", "image/jpeg", large), "Groot");
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString())
			.contains("Dat is te groot: het mag hoogstens 10,0 MB zijn");
		assertThat(ownedIds(this.ours)).isEmpty();
	}

	@Test
	void anotherInitiativesMemberCannotUploadOrRemoveAndLeavesNothing() throws Exception {
		int files = count("select count(*) from media_file");
		RequestPostProcessor other = TestAccounts.loggedInAs(OTHER_MEMBER, "Bram Anders", Role.MEMBER);
		MvcResult upload = this.mvc
			.perform(multipart(this.base + "/afbeelding").file(png(Color.BLACK, 400, 300, "kaping.png"))
				.param("alt", "Niet van ons")
				.param("formToken", token())
				.with(csrf())
				.with(other))
			.andReturn();
		assertThat(upload.getResponse().getStatus()).isEqualTo(403);
		assertThat(this.mvc
			.perform(post(this.base + "/afbeelding/verwijderen").with(csrf()).with(other).param("formToken", token()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		// An editor or an admin does not keep it either: the admin is where they work.
		assertThat(this.mvc
			.perform(multipart(this.base + "/afbeelding").file(png(Color.BLACK, 400, 300, "redactie.png"))
				.param("alt", "Van de redactie")
				.with(csrf())
				.with(editor()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(count("select count(*) from media_file")).isEqualTo(files);
		assertThat(count("select count(*) from member_change where initiative_id = " + this.ours.getId())).isZero();
		// Without the CSRF token not even our own member gets in.
		assertThat(this.mvc
			.perform(multipart(this.base + "/afbeelding").file(png(Color.BLACK, 400, 300, "csrf.png"))
				.param("alt", "Zonder token")
				.with(member()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(count("select count(*) from media_file")).isEqualTo(files);
	}

	@Test
	void theMembersPageOffersNoLibraryAndTheProfileFormCannotPickAnImage() throws Exception {
		String own = html(get(this.base).with(member()));
		assertThat(own).contains("enctype=\"multipart/form-data\"")
			.contains("accept=\"image/jpeg,image/png,image/webp\"")
			.doesNotContain("name=\"afbeelding\"")
			.doesNotContain("/admin/media");
		// An address of a library image typed into the profile form is ignored.
		long staffImage = this.library.addImage("redactie-beeld.png",
				png(Color.GRAY, 400, 300, "redactie-beeld.png").getBytes(), "Beeld van de redactie", "", "");
		String path = "/media/" + staffImage + "/redactie-beeld.png";
		InitiativeForm form = InitiativeForm.of(this.ours);
		this.mvc.perform(post(this.base + "/wijzigingen").with(csrf())
			.with(member())
			.param("naam", form.naam())
			.param("soort", form.soort())
			.param("plaats", form.plaats())
			.param("samenvatting", "Een andere samenvatting.")
			.param("beschrijving", form.beschrijving())
			.param("opgericht", form.opgericht())
			.param("versie", form.versie())
			.param("afbeelding", path));
		approve(pendingChange());
		MemberInitiative after = this.profiles.get(this.ours.getId());
		assertThat(after.getSummary()).isEqualTo("Een andere samenvatting.");
		assertThat(after.getImagePath()).isNull();
		this.jdbc.update("delete from media_variant where media_id = ?", staffImage);
		this.jdbc.update("delete from media_file where id = ?", staffImage);
	}

	@Test
	void aRepeatedPostOfTheSameFormStoresOneImage() throws Exception {
		String token = token();
		for (int i = 0; i < 2; i++) {
			MvcResult sent = this.mvc
				.perform(multipart(this.base + "/afbeelding").file(png(Color.ORANGE, 600, 400, "dubbel.png"))
					.param("alt", "Dubbel geklikt")
					.param("formToken", token)
					.with(csrf())
					.with(member()))
				.andReturn();
			assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(this.base + "?verstuurd");
		}
		assertThat(ownedIds(this.ours)).hasSize(1);
	}

	private MvcResult upload(MockMultipartFile file, String alt) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart(this.base + "/afbeelding").file(file);
		return this.mvc.perform(request.param("alt", alt).param("formToken", token()).with(csrf()).with(member()))
			.andReturn();
	}

	private void approve(long change) throws Exception {
		MvcResult approved = this.mvc
			.perform(post("/admin/leden/wijzigingen/" + change + "/goedkeuring").with(csrf()).with(editor()))
			.andReturn();
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/admin/leden/wijzigingen");
	}

	private long pendingChange() {
		return this.jdbc.queryForObject("select id from member_change where initiative_id = ? and status = 'PENDING'",
				Long.class, this.ours.getId());
	}

	private List<Long> ownedIds(MemberInitiative initiative) {
		return this.jdbc.queryForList("select id from media_file where owner = ? order by id", Long.class,
				initiative.getName());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private static String token() {
		return nl.bewonersplein.site.FormSubmissions.token();
	}

	private static RequestPostProcessor member() {
		return TestAccounts.loggedInAs(MEMBER, "Eva Eigen", Role.MEMBER);
	}

	private static RequestPostProcessor editor() {
		return TestAccounts.loggedInAs(Role.EDITOR);
	}

	static MockMultipartFile png(Color colour, int width, int height, String name) {
		return new MockMultipartFile("bestand", name, "image/png",
				TestPictures.png(colour, Color.WHITE, width, height));
	}

}
