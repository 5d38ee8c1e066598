package nl.bewonersplein.events;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.media.Illustrations;
import nl.bewonersplein.media.MediaLibrary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo agenda has images our own code drew: every event the demo definition
 * ({@link EventIllustrations#SCENES}) names shows its illustration on its page, with the
 * library's text alternative, sizes and credit.
 */
@SiteTest
class EventIllustrationsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDemoEventsShowTheirIllustrations() {
		Set<String> slugs = EventDemoTexts.EVENTS.stream()
			.map(EventDemoTexts.DemoEvent::slug)
			.collect(Collectors.toSet());
		assertThat(slugs).containsAll(EventIllustrations.SCENES.keySet());
		assertThat(EventIllustrations.SCENES.size() * 2).as("a good share of the demo events")
			.isGreaterThan(slugs.size());
		Http http = new Http(this.port);
		for (Map.Entry<String, Illustrations.Scene> entry : EventIllustrations.SCENES.entrySet()) {
			long id = MediaLibrary
				.idOf(this.jdbc.queryForObject("select image_path from event where slug = ?", String.class,
						entry.getKey()))
				.orElseThrow();
			assertThat(this.jdbc.queryForObject("select original_name from media_file where id = ?", String.class, id))
				.isEqualTo(entry.getValue().fileName());
			String page = http.get(EventPaths.event(entry.getKey())).body();
			assertThat(page).as(entry.getKey())
				.contains("alt=\"" + entry.getValue().alt() + "\"")
				.contains("srcset=\"/media/" + id + "/")
				.contains(entry.getValue().caption());
		}
	}

}
