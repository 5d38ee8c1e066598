package nl.bewonersplein.members;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo directory: 25 member initiatives across the five regions, described in
 * our own words. Runs once per database, after the content module's demo (it files the
 * initiatives under its themes).
 */
@Component
@Order(50)
class MemberDemo implements ApplicationRunner {

	private final DemoContent demo;

	private final MemberProfiles profiles;

	private final Themes themes;

	private final Places places;

	MemberDemo(DemoContent demo, MemberProfiles profiles, Themes themes, Places places) {
		this.demo = demo;
		this.profiles = profiles;
		this.themes = themes;
		this.places = places;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("members", this::load);
	}

	private void load() {
		Map<String, Long> themeIds = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::slug, ThemeOption::id));
		for (DemoInitiative item : MemberDemoTexts.INITIATIVES) {
			Set<Long> ids = Arrays.stream(item.themes().split(" "))
				.map(themeIds::get)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toCollection(TreeSet::new));
			Places.Place near = this.places.find((item.near() != null) ? item.near() : item.town()).orElseThrow();
			this.profiles.create(
					new MemberInitiative.Profile(item.name(), item.kind(), null, item.town(), item.summary(),
							item.description(), null, "", MemberProfiles.slugOf(item.name()) + CONTACT, item.founded(),
							near.latitude(), near.longitude(), ids, Goals.parse(item.goals())),
					MemberInitiative.Status.PUBLISHED);
		}
	}

	/** Where the demo initiatives' messages go: an address that reaches no one. */
	static final String CONTACT = "@leden.bewonersplein.example";

	/**
	 * One demo initiative; themes by slug and goals by number, separated by spaces;
	 * {@code near} the place its map marker stands at, when not its town.
	 */
	record DemoInitiative(String name, InitiativeKind kind, String town, String near, Integer founded, String themes,
			String goals, String summary, String description) {

	}

	static List<DemoInitiative> all() {
		return MemberDemoTexts.INITIATIVES;
	}

}
