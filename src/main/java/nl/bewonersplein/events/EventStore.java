package nl.bewonersplein.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.bewonersplein.shared.Region;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events in the database, read with their themes in one extra statement per list whatever
 * its length.
 */
@Repository
class EventStore {

	private static final String COLUMNS = "id, slug, title, summary, description, starts_at, ends_at, online,"
			+ " online_url, venue, address, town, region, organiser_name, organiser_phone, step_free, hearing_loop,"
			+ " seating, accessible_toilet, price, capacity, places_taken, max_per_signup, signup_opens_at,"
			+ " signup_closes_at, status, report, updated_at, image_path, image_alt, version";

	private final JdbcTemplate jdbc;

	EventStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** What the agenda is filtered by; null means any. */
	record Filter(Region region, Long themeId, Instant from, Instant until, Boolean online) {

		static final Filter NONE = new Filter(null, null, null, null, null);

	}

	@Transactional
	long create(Event event, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement("insert into event (slug, title, summary, description,"
					+ " starts_at, ends_at, online, online_url, venue, address, town, region, organiser_name,"
					+ " organiser_phone, step_free, hearing_loop, seating, accessible_toilet, price, capacity,"
					+ " places_taken, max_per_signup, signup_opens_at, signup_closes_at, status, report, created_at,"
					+ " updated_at, image_path, image_alt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			int i = 0;
			statement.setString(++i, event.slug());
			statement.setString(++i, event.title());
			statement.setString(++i, event.summary());
			statement.setString(++i, event.description());
			statement.setTimestamp(++i, Timestamp.from(event.startsAt()));
			statement.setTimestamp(++i, Timestamp.from(event.endsAt()));
			statement.setBoolean(++i, event.online());
			statement.setString(++i, event.onlineUrl());
			statement.setString(++i, event.venue());
			statement.setString(++i, event.address());
			statement.setString(++i, event.town());
			statement.setString(++i, (event.region() != null) ? event.region().name() : null);
			statement.setString(++i, event.organiserName());
			statement.setString(++i, event.organiserPhone());
			statement.setBoolean(++i, event.access().stepFree());
			statement.setBoolean(++i, event.access().hearingLoop());
			statement.setBoolean(++i, event.access().seating());
			statement.setBoolean(++i, event.access().toilet());
			statement.setString(++i, event.price());
			statement.setObject(++i, event.capacity(), java.sql.Types.INTEGER);
			statement.setInt(++i, event.placesTaken());
			statement.setInt(++i, event.maxPerSignUp());
			statement.setTimestamp(++i, timestamp(event.signUpOpensAt()));
			statement.setTimestamp(++i, timestamp(event.signUpClosesAt()));
			statement.setString(++i, event.status().name());
			statement.setString(++i, event.report());
			statement.setTimestamp(++i, Timestamp.from(now));
			statement.setTimestamp(++i, Timestamp.from(now));
			statement.setString(++i, event.imagePath());
			statement.setString(++i, event.imageAlt());
			return statement;
		}, keys);
		long id = keys.getKey().longValue();
		for (Long theme : event.themeIds()) {
			this.jdbc.update("insert into event_theme (event_id, theme_id) values (?, ?)", id, theme);
		}
		return id;
	}

	@Transactional
	void delete(long id) {
		this.jdbc.update("delete from event where id = ?", id);
	}

	@Transactional(readOnly = true)
	Optional<Event> bySlug(String slug) {
		return withThemes(this.jdbc.query("select " + COLUMNS + " from event where slug = ?", EventStore::row, slug))
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	Optional<Event> byId(long id) {
		return withThemes(this.jdbc.query("select " + COLUMNS + " from event where id = ?", EventStore::row, id))
			.stream()
			.findFirst();
	}

	/** Every event, drafts included, latest start first, for the staff. */
	@Transactional(readOnly = true)
	List<Event> all() {
		return withThemes(
				this.jdbc.query("select " + COLUMNS + " from event order by starts_at desc, id", EventStore::row));
	}

	/** Published and cancelled events that have not ended, soonest first. */
	@Transactional(readOnly = true)
	List<Event> upcoming(Instant now, Filter filter, int limit) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args) + " and ends_at > ?";
		args.add(Timestamp.from(now));
		args.add(limit);
		return withThemes(this.jdbc.query("select " + COLUMNS + " from event where status <> 'DRAFT'" + where
				+ " order by starts_at, id fetch first ? rows only", EventStore::row, args.toArray()));
	}

	/** Events that have ended, latest first. */
	@Transactional(readOnly = true)
	List<Event> past(Instant now, Filter filter, int limit) {
		List<Object> args = new ArrayList<>();
		String where = where(filter, args) + " and ends_at <= ?";
		args.add(Timestamp.from(now));
		args.add(limit);
		return withThemes(this.jdbc.query("select " + COLUMNS + " from event where status <> 'DRAFT'" + where
				+ " order by starts_at desc, id fetch first ? rows only", EventStore::row, args.toArray()));
	}

	/** Upcoming events sharing one of the themes, soonest first. */
	@Transactional(readOnly = true)
	List<Event> upcomingWithThemes(Instant now, Set<Long> themeIds, int limit) {
		if (themeIds.isEmpty()) {
			return List.of();
		}
		String ids = themeIds.stream().limit(20).map(String::valueOf).collect(Collectors.joining(","));
		return withThemes(this.jdbc.query("select " + COLUMNS + " from event e where status = 'PUBLISHED'"
				+ " and ends_at > ? and exists (select 1 from event_theme t where t.event_id = e.id and t.theme_id in ("
				+ ids + ")) order by starts_at, id fetch first ? rows only", EventStore::row, Timestamp.from(now),
				limit));
	}

	private static String where(Filter filter, List<Object> args) {
		StringBuilder where = new StringBuilder();
		if (filter.region() != null) {
			where.append(" and region = ?");
			args.add(filter.region().name());
		}
		if (filter.themeId() != null) {
			where.append(" and exists (select 1 from event_theme t where t.event_id = event.id and t.theme_id = ?)");
			args.add(filter.themeId());
		}
		if (filter.from() != null) {
			where.append(" and starts_at >= ?");
			args.add(Timestamp.from(filter.from()));
		}
		if (filter.until() != null) {
			where.append(" and starts_at < ?");
			args.add(Timestamp.from(filter.until()));
		}
		if (filter.online() != null) {
			where.append(" and online = ?");
			args.add(filter.online());
		}
		return where.toString();
	}

	private List<Event> withThemes(List<Event> events) {
		if (events.isEmpty()) {
			return events;
		}
		Map<Long, Set<Long>> themes = new HashMap<>();
		String ids = events.stream().map((event) -> String.valueOf(event.id())).collect(Collectors.joining(","));
		this.jdbc.query("select event_id, theme_id from event_theme where event_id in (" + ids + ")",
				(ResultSet rs) -> {
					themes.computeIfAbsent(rs.getLong(1), (k) -> new TreeSet<>()).add(rs.getLong(2));
				});
		List<Event> result = new ArrayList<>();
		for (Event e : events) {
			result.add(new Event(e.id(), e.slug(), e.title(), e.summary(), e.description(), e.startsAt(), e.endsAt(),
					e.online(), e.onlineUrl(), e.venue(), e.address(), e.town(), e.region(), e.organiserName(),
					e.organiserPhone(), e.access(), e.price(), e.capacity(), e.placesTaken(), e.maxPerSignUp(),
					e.signUpOpensAt(), e.signUpClosesAt(), e.status(), e.report(),
					new LinkedHashSet<>(themes.getOrDefault(e.id(), Set.of())), e.updatedAt(), e.imagePath(),
					e.imageAlt(), e.version()));
		}
		return result;
	}

	private static Event row(ResultSet rs, int n) throws SQLException {
		String region = rs.getString("region");
		return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				rs.getString("description"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getBoolean("online"),
				rs.getString("online_url"), rs.getString("venue"), rs.getString("address"), rs.getString("town"),
				(region != null) ? Region.valueOf(region) : null, rs.getString("organiser_name"),
				rs.getString("organiser_phone"),
				new Event.Access(rs.getBoolean("step_free"), rs.getBoolean("hearing_loop"), rs.getBoolean("seating"),
						rs.getBoolean("accessible_toilet")),
				rs.getString("price"), (Integer) rs.getObject("capacity", Integer.class), rs.getInt("places_taken"),
				rs.getInt("max_per_signup"), instant(rs, "signup_opens_at"), instant(rs, "signup_closes_at"),
				Event.Status.valueOf(rs.getString("status")), rs.getString("report"), Set.of(),
				instant(rs, "updated_at"), rs.getString("image_path"), rs.getString("image_alt"),
				rs.getLong("version"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
