package nl.bewonersplein.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.site.DemoContent;
import nl.bewonersplein.site.GeneratedContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds {@code initiatives:N} generated, published member initiatives (any kind, a town in
 * each region with its coordinates, one or two themes, one to three goals) for benchmarks
 * and scale tests; only when {@value GeneratedContent#PROPERTY} asks for them. Runs once
 * per database, after the demo content.
 */
@Component
@Order(902)
class InitiativeGenerator implements ApplicationRunner {

	private final GeneratedContent generated;

	private final DemoContent demo;

	private final JdbcTemplate jdbc;

	private final Themes themes;

	private final Places places;

	private final Clock clock;

	InitiativeGenerator(GeneratedContent generated, DemoContent demo, JdbcTemplate jdbc, Themes themes, Places places,
			Clock clock) {
		this.generated = generated;
		this.demo = demo;
		this.jdbc = jdbc;
		this.themes = themes;
		this.places = places;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.generated.generateOnce("initiatives", this.demo, this::generate);
	}

	private void generate(int count) {
		GeneratedContent.Texts texts = this.generated.texts("initiatives");
		List<Long> themeIds = this.themes.options().stream().map(ThemeOption::id).toList();
		List<InitiativeKind> kinds = List.of(InitiativeKind.values());
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(count);
		Map<String, List<Long>> themesOf = new HashMap<>();
		Map<String, TreeSet<Integer>> goalsOf = new HashMap<>();
		for (int n = 1; n <= count; n++) {
			GeneratedContent.Town town = texts.town();
			String name = texts.name(town);
			String slug = GeneratedContent.slug(name, n);
			Places.Place place = this.places.find(town.name()).orElse(null);
			// A little apart from the town's centre, so the markers do not all coincide.
			Double latitude = (place != null) ? place.latitude() + (texts.random().nextDouble() - 0.5) / 50 : null;
			Double longitude = (place != null) ? place.longitude() + (texts.random().nextDouble() - 0.5) / 30 : null;
			rows.add(new Object[] { slug, name, texts.pick(kinds).name(),
					((place != null) ? place.region() : town.region()).name(), town.name(), texts.summary(town),
					texts.body(town, 2 + texts.random().nextInt(3)), slug + MemberDemo.CONTACT,
					1980 + texts.random().nextInt(45), latitude, longitude, now, now });
			if (!themeIds.isEmpty()) {
				long first = texts.pick(themeIds);
				long second = texts.pick(themeIds);
				themesOf.put(slug, (first == second) ? List.of(first) : List.of(first, second));
			}
			TreeSet<Integer> goals = new TreeSet<>();
			for (int g = 1 + texts.random().nextInt(3); g > 0; g--) {
				goals.add(1 + texts.random().nextInt(17));
			}
			goalsOf.put(slug, goals);
		}
		GeneratedContent.insert(this.jdbc, "insert into member_initiative (slug, name, kind, region, town, summary,"
				+ " description, social_links, contact_email, founded_year, latitude, longitude, status, created_at,"
				+ " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 'PUBLISHED', ?, ?, 0)", rows);
		List<Object[]> themeLinks = new ArrayList<>();
		List<Object[]> goalLinks = new ArrayList<>();
		this.jdbc.query("select id, slug from member_initiative", (row) -> {
			long id = row.getLong(1);
			themesOf.getOrDefault(row.getString(2), List.of()).forEach((t) -> themeLinks.add(new Object[] { id, t }));
			goalsOf.getOrDefault(row.getString(2), new TreeSet<>())
				.forEach((g) -> goalLinks.add(new Object[] { id, g }));
		});
		GeneratedContent.insert(this.jdbc,
				"insert into member_initiative_theme (initiative_id, theme_id) values (?, ?)", themeLinks);
		GeneratedContent.insert(this.jdbc, "insert into member_initiative_goal (initiative_id, goal) values (?, ?)",
				goalLinks);
	}

}
