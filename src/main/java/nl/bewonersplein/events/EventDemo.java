package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the demo agenda once per database: past events with their reports and upcoming
 * ones, dated from the day it runs, with made-up sign-ups so that one event is nearly
 * full and one has a waitlist. Runs after the content module's demo (it files events
 * under its themes).
 */
@Component
@Order(60)
class EventDemo implements ApplicationRunner {

	private static final String[] FIRST = { "Truus", "Henk", "Fatma", "Gerrit", "Ineke", "Mohamed", "Joke", "Piet",
			"Aisha", "Wim", "Greet", "Bram", "Naima", "Kees", "Lies", "Jan" };

	private static final String[] LAST = { "de Jong", "Jansen", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Peters",
			"Hendriks", "Dekker", "Kaya", "Brouwer" };

	private final DemoContent demo;

	private final EventStore store;

	private final Themes themes;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventDemo(DemoContent demo, EventStore store, Themes themes, JdbcTemplate jdbc, Clock clock) {
		this.demo = demo;
		this.store = store;
		this.themes = themes;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("events", this::load);
	}

	private void load() {
		Map<String, Long> themeIds = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::slug, ThemeOption::id));
		LocalDate today = LocalDate.now(this.clock.withZone(Dates.ZONE));
		Instant now = this.clock.instant();
		for (EventDemoTexts.DemoEvent item : EventDemoTexts.EVENTS) {
			Set<Long> ids = Arrays.stream(item.themes().split(" "))
				.map(themeIds::get)
				.filter(Objects::nonNull)
				.collect(Collectors.toCollection(TreeSet::new));
			LocalDate day = today.plusDays(item.day());
			Instant start = day.atTime(LocalTime.parse(item.start())).atZone(Dates.ZONE).toInstant();
			Instant end = day.plusDays(item.days()).atTime(LocalTime.parse(item.end())).atZone(Dates.ZONE).toInstant();
			boolean online = item.town() == null;
			long id = this.store.create(new Event(0, item.slug(), item.title(), item.summary(), item.description(),
					start, end, online, online ? "https://meedoen.bewonersplein.example/" + item.slug() : null,
					item.venue(), item.address(), item.town(), item.region(), item.organiser(), item.phone(),
					item.access(), item.price(), item.capacity(), 0, 4, null, start.minusSeconds(3600 * 24),
					item.cancelled() ? Event.Status.CANCELLED : Event.Status.PUBLISHED, item.report(), ids, now, null,
					null, 0), now);
			for (int i = 0; i < item.taken() + item.waiting(); i++) {
				boolean waiting = i >= item.taken();
				String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length + i) % LAST.length];
				boolean phoneOnly = i % 3 == 0;
				String phone = phoneOnly ? "06 " + (10000000 + i * 7919) : null;
				this.jdbc.update(
						"insert into event_registration (event_id, name, email, phone, phone_digits, people,"
								+ " remark, status, token_hash, registered_by, created_at, updated_at)"
								+ " values (?, ?, ?, ?, ?, 1, '', ?, ?, null, ?, ?)",
						id, name, phoneOnly ? null : "deelnemer" + id + "-" + i + "@voorbeeld.example", phone,
						(phone != null) ? phone.replace(" ", "") : null, waiting ? "WAITLIST" : "CONFIRMED",
						Tokens.hash(Tokens.next()), Timestamp.from(now), Timestamp.from(now));
			}
			this.jdbc.update("update event set places_taken = ? where id = ?", item.taken(), id);
		}
	}

}
