package nl.bewonersplein.members;

import java.awt.Color;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.TestPictures;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An initiative's logo or photo from the media library: chosen in the editors' form (and
 * kept when the form comes back with errors), shown on the profile with its texts and
 * every size, as a thumbnail on the directory's cards and in "Meer van onze leden", and
 * an image in use is not deleted from the library.
 */
@SiteTest
class MemberImageTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MediaLibrary library;

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	MoreMembers more;

	MockMvc mvc;

	final List<Long> made = new ArrayList<>();

	final List<MemberInitiative> changed = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.build();
	}

	@AfterEach
	void restore() {
		this.made.forEach(this.initiatives::deleteById);
		for (MemberInitiative before : this.changed) {
			MemberInitiative now = this.profiles.get(before.getId());
			this.profiles.update(now.getId(), now.getVersion(), now.profile(), before.image());
		}
	}

	@Test
	void anEditorGivesAnInitiativeALogoThatTheProfileAndTheCardsShow() throws Exception {
		long id = this.library.addImage("logo-buurtkamer.png", TestPictures.png(Color.ORANGE, Color.WHITE, 1200, 800),
				"Logo van een getekende buurtkamer", "Onderschrift uit de beeldbank", "Tekenaar Test");
		String path = "/media/" + id + "/logo-buurtkamer.png";
		MemberInitiative initiative = make("Buurtkamer Het Logo", "Zwolle");
		String admin = "/admin/leden/" + initiative.getId();

		MvcResult saved = perform(edit(admin, initiative, initiative.getName()).param("afbeelding", path)
			.param("afbeeldingAlt", "")
			.param("onderschrift", "Ons logo, getekend door buren"));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(admin);
		assertThat(perform(get(admin)).getResponse().getContentAsString()).contains("name=\"afbeelding\"")
			.contains("value=\"" + path + "\" selected");

		Http http = new Http(this.port);
		String profile = http.get(initiative.getUrl()).body();
		assertThat(profile).contains("alt=\"Logo van een getekende buurtkamer\"")
			.containsPattern("srcset=\"/media/" + id + "/[^\"]+ 320w, [^\"]+ 640w")
			.contains("sizes=\"(min-width: 48rem) 44rem, 100vw\"")
			.containsPattern("<img src=\"/media/" + id + "/[^>]+ width=\"\\d+\" height=\"\\d+\"")
			.contains("Ons logo, getekend door buren")
			.contains("Tekenaar Test")
			.contains("<meta property=\"og:image\" content=\"http");
		String card = card(
				http.get("/leden?q=" + URLEncoder.encode(initiative.getName(), StandardCharsets.UTF_8)).body(),
				initiative);
		assertThat(card).contains("class=\"card with-image\"")
			.containsPattern("<img class=\"card-image\" src=\"/media/" + id + "/[^\"]+\" srcset=\"/media/" + id + "/")
			.containsPattern("width=\"\\d+\" height=\"\\d+\" alt=\"\"");
	}

	@Test
	void moreOfOurMembersShowsTheOtherInitiativesLogos() throws Exception {
		long id = this.library.addImage("logo-meer.png", TestPictures.png(Color.GREEN, Color.WHITE, 900, 600),
				"Logo om te testen", "", "");
		String path = "/media/" + id + "/logo-meer.png";
		MemberInitiative initiative = make("Buurtkamer Meer Leden", "Zwolle");
		// The cards this profile shows today; the first of them gets our image.
		Directory.Card first = this.more.pick(Set.of(), initiative.getRegion(), initiative.getUrl(), MoreMembers.SHOWN)
			.get(0);
		MemberInitiative other = this.profiles.get(first.id());
		this.changed.add(other);
		this.profiles.update(other.getId(), other.getVersion(), other.profile(), new InitiativeImage(path, null, null));

		String page = new Http(this.port).get(initiative.getUrl()).body();
		String section = page.substring(page.indexOf("id=\"meer-leden\""));
		assertThat(card(section, other)).contains("class=\"card with-image\"")
			.containsPattern("<img class=\"card-image\" src=\"/media/" + id + "/");
		// The same block under articles and theme pages.
		List<RelatedItem> related = this.more
			.find(new RelatedQuery(initiative.getUrl(), Set.of(), Set.of(), List.of(), MoreMembers.SHOWN));
		assertThat(related).allSatisfy((item) -> {
			MemberInitiative shown = this.initiatives.findBySlug(item.url().substring("/leden/".length()))
				.orElseThrow();
			assertThat(item.image() != null).as(item.title()).isEqualTo(shown.getImagePath() != null);
		});
	}

	@Test
	void anImageAnInitiativeShowsIsNotDeleted() throws Exception {
		long id = this.library.addImage("logo-blijft.png", TestPictures.png(Color.BLUE, Color.WHITE, 600, 400),
				"Logo dat blijft", "", "");
		MemberInitiative initiative = make("Buurtkamer Het Blijvende Logo", "Zwolle");
		perform(edit("/admin/leden/" + initiative.getId(), initiative, initiative.getName()).param("afbeelding",
				"/media/" + id + "/logo-blijft.png"));

		MvcResult refused = perform(post("/admin/media/" + id + "/verwijderen").with(csrf()));
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("Initiatief \"" + initiative.getName() + "\"")
			.contains("href=\"/admin/leden/" + initiative.getId() + "\"");
		assertThat(this.library.picture(id)).isPresent();
	}

	@Test
	void theFormKeepsTheChosenImageWhenItComesBackWithErrors() throws Exception {
		long id = this.library.addImage("logo-fout.png", TestPictures.png(Color.RED, Color.WHITE, 600, 400),
				"Logo bij een fout", "", "");
		String path = "/media/" + id + "/logo-fout.png";
		MemberInitiative initiative = make("Buurtkamer De Fout", "Zwolle");
		String admin = "/admin/leden/" + initiative.getId();

		MvcResult invalid = perform(edit(admin, initiative, "").param("afbeelding", path)
			.param("afbeeldingAlt", "Ons logo")
			.param("onderschrift", "Een bijschrift"));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(422);
		assertThat(invalid.getResponse().getContentAsString()).contains("value=\"" + path + "\" selected")
			.contains("value=\"Ons logo\"")
			.contains("value=\"Een bijschrift\"");

		MvcResult created = perform(post("/admin/leden").with(csrf())
			.param("naam", "")
			.param("soort", InitiativeKind.RESIDENTS_GROUP.slug())
			.param("plaats", "Zwolle")
			.param("samenvatting", "Kort.")
			.param("afbeelding", path));
		assertThat(created.getResponse().getStatus()).isEqualTo(422);
		assertThat(created.getResponse().getContentAsString()).contains("value=\"" + path + "\" selected");

		MvcResult unknown = perform(
				edit(admin, initiative, initiative.getName()).param("afbeelding", "/media/999999999/weg.png"));
		assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
		assertThat(unknown.getResponse().getContentAsString()).contains("Kies een afbeelding uit de beeldbank.");
		assertThat(this.profiles.get(initiative.getId()).getImagePath()).isNull();
	}

	private MemberInitiative make(String name, String town) {
		MemberInitiative initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique(name), town);
		this.made.add(initiative.getId());
		return initiative;
	}

	/** The editors' form for the initiative as it is, with another name. */
	private static MockHttpServletRequestBuilder edit(String admin, MemberInitiative initiative, String name) {
		InitiativeForm form = InitiativeForm.of(initiative);
		return post(admin).with(csrf())
			.param("naam", name)
			.param("soort", form.soort())
			.param("plaats", form.plaats())
			.param("regio", form.regio())
			.param("samenvatting", form.samenvatting())
			.param("beschrijving", form.beschrijving())
			.param("email", form.email())
			.param("opgericht", form.opgericht())
			.param("versie", form.versie());
	}

	/** The card of one initiative in a page's list. */
	private static String card(String html, MemberInitiative initiative) {
		int link = html.indexOf("href=\"" + initiative.getUrl() + "\"");
		assertThat(link).as("a card links to " + initiative.getUrl()).isPositive();
		int start = html.lastIndexOf("<li", link);
		return html.substring(start, html.indexOf("</li>", link));
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request.accept("text/html").with(TestAccounts.loggedInAs(Role.EDITOR))).andReturn();
	}

}
