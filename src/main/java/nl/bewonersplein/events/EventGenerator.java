package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * Adds {@code events:N} generated events for benchmarks and scale tests: a fifth of them
 * upcoming (within a year), the others over the last four years (some with a report), a
 * fifth online, a few cancelled; only when {@value GeneratedContent#PROPERTY} asks for
 * them. Runs once per database, after the demo content.
 */
@Component
@Order(901)
class EventGenerator implements ApplicationRunner {

	private static final List<String> VENUES = List.of("Buurthuis De Linde", "Wijkcentrum Het Anker",
			"Bibliotheek aan het Plein", "De Buurtkamer", "Dorpshuis De Kern", "Speeltuingebouw De Wip");

	private static final List<String> STREETS = List.of("Dorpsstraat", "Kerkplein", "Molenweg", "Schoolstraat",
			"Lindelaan", "Havenkade");

	private final GeneratedContent generated;

	private final DemoContent demo;

	private final JdbcTemplate jdbc;

	private final Themes themes;

	private final Clock clock;

	EventGenerator(GeneratedContent generated, DemoContent demo, JdbcTemplate jdbc, Themes themes, Clock clock) {
		this.generated = generated;
		this.demo = demo;
		this.jdbc = jdbc;
		this.themes = themes;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.generated.generateOnce("events", this.demo, this::generate);
	}

	private void generate(int count) {
		GeneratedContent.Texts texts = this.generated.texts("events");
		List<Long> themeIds = this.themes.options().stream().map(ThemeOption::id).toList();
		Instant now = this.clock.instant();
		Instant hour = now.truncatedTo(ChronoUnit.HOURS);
		List<Object[]> rows = new ArrayList<>(count);
		Map<String, Long> themeOf = new HashMap<>();
		for (int n = 1; n <= count; n++) {
			GeneratedContent.Town town = texts.town();
			String title = texts.title(town);
			String slug = GeneratedContent.slug(title, n);
			boolean upcoming = texts.random().nextInt(5) == 0;
			long hours = 24L * (1 + texts.random().nextInt(upcoming ? 365 : 4 * 365)) + texts.random().nextInt(10);
			Instant starts = upcoming ? hour.plus(Duration.ofHours(hours)) : hour.minus(Duration.ofHours(hours));
			Instant ends = starts.plus(Duration.ofHours(2));
			boolean online = texts.random().nextInt(5) == 0;
			Integer capacity = texts.random().nextBoolean() ? null : 20 + texts.random().nextInt(100);
			String status = (texts.random().nextInt(30) == 0) ? "CANCELLED" : "PUBLISHED";
			String report = (!upcoming && texts.random().nextInt(3) == 0) ? texts.body(town, 2) : null;
			Timestamp created = Timestamp.from(now);
			rows.add(new Object[] { slug, title, texts.summary(town), texts.body(town, 2 + texts.random().nextInt(3)),
					Timestamp.from(starts), Timestamp.from(ends), online,
					online ? "https://meedoen.bewonersplein.example/" + slug : null, online ? null : texts.pick(VENUES),
					online ? null : texts.pick(STREETS) + " " + (1 + texts.random().nextInt(80)),
					online ? null : town.name(), online ? null : town.region().name(), texts.pick(VENUES),
					"012 345 67 89", texts.random().nextBoolean(), texts.random().nextBoolean(), true,
					texts.random().nextBoolean(), texts.random().nextBoolean() ? null : "Gratis", capacity, 4,
					Timestamp.from(starts.minus(Duration.ofDays(1))), status, report, created, created });
			if (!themeIds.isEmpty()) {
				themeOf.put(slug, texts.pick(themeIds));
			}
		}
		GeneratedContent.insert(this.jdbc, "insert into event (slug, title, summary, description, starts_at, ends_at,"
				+ " online, online_url, venue, address, town, region, organiser_name, organiser_phone, step_free,"
				+ " hearing_loop, seating, accessible_toilet, price, capacity, places_taken, max_per_signup,"
				+ " signup_closes_at, status, report, created_at, updated_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)", rows);
		List<Object[]> links = new ArrayList<>();
		this.jdbc.query("select id, slug from event", (row) -> {
			Long theme = themeOf.get(row.getString(2));
			if (theme != null) {
				links.add(new Object[] { row.getLong(1), theme });
			}
		});
		GeneratedContent.insert(this.jdbc, "insert into event_theme (event_id, theme_id) values (?, ?)", links);
	}

}
