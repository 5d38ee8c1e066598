package nl.bewonersplein.editorial;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When items of any publishable type go online by themselves: at most one open schedule
 * per item. {@link ScheduledPublications} puts them online on time.
 */
@Component
public class Schedules {

	/** A due schedule: which item, from when. */
	record Due(long id, String kind, long itemId, Instant publishAt) {

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Schedules(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** When the item is scheduled to go online, if it is. */
	@Transactional(readOnly = true)
	public Optional<Instant> scheduled(String kind, long itemId) {
		return this.jdbc
			.queryForList(
					"select publish_at from editorial_schedule where kind = ? and item_id = ? and done_at is null",
					Timestamp.class, kind, itemId)
			.stream()
			.findFirst()
			.map(Timestamp::toInstant);
	}

	/** The ids of the items of a type that are scheduled to go online, for lists. */
	@Transactional(readOnly = true)
	public java.util.Set<Long> scheduledIds(String kind) {
		return java.util.Set.copyOf(this.jdbc.queryForList(
				"select item_id from editorial_schedule where kind = ? and done_at is null", Long.class, kind));
	}

	/** Schedules the item for {@code at}, replacing an earlier open schedule. */
	@Transactional
	public void schedule(String kind, long itemId, Instant at) {
		cancel(kind, itemId);
		this.jdbc.update(
				"insert into editorial_schedule (kind, item_id, publish_at, created_at, author) values (?, ?, ?, ?, ?)",
				kind, itemId, Timestamp.from(at), Timestamp.from(this.clock.instant()), Revisions.currentUser());
	}

	/** Drops the item's open schedule, if any. */
	@Transactional
	public void cancel(String kind, long itemId) {
		this.jdbc.update("delete from editorial_schedule where kind = ? and item_id = ? and done_at is null", kind,
				itemId);
	}

	List<Long> due(Instant now) {
		return this.jdbc.queryForList(
				"select id from editorial_schedule where done_at is null and publish_at <= ? order by publish_at, id",
				Long.class, Timestamp.from(now));
	}

	/**
	 * Claims a due schedule for this transaction: a conditional update, so that of two
	 * nodes or two runs only one gets it.
	 */
	Optional<Due> claim(long id, Instant now) {
		if (this.jdbc.update("update editorial_schedule set done_at = ? where id = ? and done_at is null",
				Timestamp.from(now), id) == 0) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select id, kind, item_id, publish_at from editorial_schedule where id = ?",
					(row, n) -> new Due(row.getLong(1), row.getString(2), row.getLong(3),
							row.getTimestamp(4).toInstant()),
					id)
			.stream()
			.findFirst();
	}

}
