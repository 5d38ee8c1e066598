package nl.bewonersplein.members;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The demo directory has pictures our own code drew: the initiatives the demo definition
 * ({@link MemberIllustrations#SCENES}) names show theirs on their profile and card, the
 * others show none.
 */
@SiteTest
class MemberIllustrationsTests {

	private static final Pattern CARD = Pattern.compile("<li class=\"card( with-image)?\">(.*?)</li>", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mostDemoInitiativesHaveAnIllustrationOnTheirProfile() {
		Set<String> names = MemberDemo.all().stream().map(MemberDemo.DemoInitiative::name).collect(Collectors.toSet());
		assertThat(names).containsAll(MemberIllustrations.SCENES.keySet());
		assertThat(MemberIllustrations.SCENES.size() * 2).as("a good share of the demo initiatives")
			.isGreaterThan(names.size());
		Http http = new Http(this.port);
		for (Map.Entry<String, Illustrations.Scene> entry : MemberIllustrations.SCENES.entrySet()) {
			MemberInitiative initiative = this.initiatives.findBySlug(MemberProfiles.slugOf(entry.getKey()))
				.orElseThrow();
			long id = MediaLibrary.idOf(initiative.getImagePath()).orElseThrow();
			assertThat(this.jdbc.queryForObject("select original_name from media_file where id = ?", String.class, id))
				.isEqualTo(entry.getValue().fileName());
			assertThat(http.get(initiative.getUrl()).body()).as(entry.getKey())
				.contains("alt=\"" + entry.getValue().alt() + "\"")
				.contains("srcset=\"/media/" + id + "/");
		}
	}

	@Test
	void theDirectoryShowsThePicturesOnTheCardsOfThoseThatHaveOne() {
		Set<String> demo = MemberDemo.all().stream().map(MemberDemo.DemoInitiative::name).collect(Collectors.toSet());
		String page = new Http(this.port).get("/leden").body();
		Matcher card = CARD.matcher(page);
		int withImage = 0;
		int checked = 0;
		while (card.find()) {
			String name = demo.stream()
				.filter((n) -> card.group(2).contains(">" + n + "</a>"))
				.findFirst()
				.orElse(null);
			if (name == null) {
				continue;
			}
			boolean illustrated = MemberIllustrations.SCENES.containsKey(name);
			assertThat(card.group(1) != null).as(name).isEqualTo(illustrated);
			assertThat(card.group(2).contains("<img class=\"card-image\"")).as(name).isEqualTo(illustrated);
			withImage += illustrated ? 1 : 0;
			checked++;
		}
		assertThat(checked).isPositive();
		assertThat(withImage).isPositive();
	}

}
