package nl.bewonersplein.events;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestAccounts;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.MediaUsage;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * The short report afterwards: on a past event's edit page the report comes first, in the
 * body editor, with photos from the media library; the past event's page shows it, and
 * the library knows the photo is in use. An upcoming event has no report field yet.
 */
@SiteTest
class EventReportTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	EventStore store;

	@Autowired
	MediaLibrary media;

	@Autowired
	List<MediaUsage> usages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	MockMvc mvc;

	final List<Long> made = new ArrayList<>();

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	Event make(Instant start) {
		long id = this.store.create(
				EventFixtures.event("Verslagavond", start, start.plus(Duration.ofHours(2)), Region.OOST, 20, Set.of()),
				this.clock.instant());
		this.made.add(id);
		return this.store.byId(id).orElseThrow();
	}

	/** The edit form as opened on the event, with {@code report} replaced. */
	MockHttpServletRequestBuilder edit(Event event, String report) throws ReflectiveOperationException {
		MockHttpServletRequestBuilder request = post("/admin/evenementen/" + event.id())
			.with(TestAccounts.loggedInAs(Role.EDITOR))
			.with(csrf());
		EventForm form = EventForm.of(event);
		for (RecordComponent component : EventForm.class.getRecordComponents()) {
			Object value = component.getAccessor().invoke(form);
			if (value instanceof String text && !"formToken".equals(component.getName())) {
				request.param(component.getName(), "report".equals(component.getName()) ? report : text);
			}
		}
		return request;
	}

	@Test
	void anEditorWritesTheReportWithAPhotoAndThePastEventShowsIt() throws Exception {
		Event past = make(this.clock.instant().minus(Duration.ofDays(4)));
		String page = this.mvc
			.perform(get("/admin/evenementen/" + past.id()).with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kort verslag met foto's", "<textarea id=\"report\" name=\"report\"",
				"data-picker-url=\"/admin/media/kiezen\"");

		long photo = this.media.addImage("verslag.png", png(), "Bewoners aan een lange tafel", "", "");
		String markdown = this.media.markdown(photo).orElseThrow();
		String report = "Het was een **fijne** avond met veertig bewoners.\n\n" + markdown;
		assertThat(this.mvc.perform(edit(past, report)).andReturn().getResponse().getStatus()).isEqualTo(302);

		String shown = this.mvc.perform(get("/agenda/" + past.slug())).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Verslag", "<strong>fijne</strong>", "/media/" + photo + "/",
				"alt=\"Bewoners aan een lange tafel\"");
		assertThat(this.usages.stream().flatMap((usage) -> usage.usesOf(photo).stream()))
			.extracting(MediaUsage.Use::href)
			.contains("/admin/evenementen/" + past.id());
	}

	@Test
	void anUpcomingEventHasNoReportFieldYet() throws Exception {
		Event upcoming = make(this.clock.instant().plus(Duration.ofDays(4)));
		String page = this.mvc
			.perform(get("/admin/evenementen/" + upcoming.id()).with(TestAccounts.loggedInAs(Role.EDITOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<input type=\"hidden\" name=\"report\"").doesNotContain("Kort verslag met foto");
	}

	static byte[] png() throws java.io.IOException {
		BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 900; x++) {
			for (int y = 0; y < 600; y++) {
				image.setRGB(x, y, (x * 255 / 900) << 16 | (y * 255 / 600) << 8 | 90);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
