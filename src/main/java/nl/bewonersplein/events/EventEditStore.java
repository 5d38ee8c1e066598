package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

/**
 * The admin's writes of an event: its fields from the edit form (only if nobody saved it
 * since the form was opened), and its publication. Places are Registrations'.
 */
@Repository
class EventEditStore {

	private final JdbcTemplate jdbc;

	EventEditStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The event's capacity and places taken, with its row locked until the commit. */
	Map<String, Object> lock(long id) {
		return this.jdbc.queryForMap("select capacity, places_taken from event where id = ? for update", id);
	}

	/**
	 * Stores the edited fields and the next version; another save since {@code version}
	 * makes it fail (the edit flow then shows the conflict page).
	 */
	void update(long id, long version, EventForm form, EventInput.Values values, Instant now) {
		int changed = this.jdbc.update("update event set slug = ?, title = ?, summary = ?, description = ?,"
				+ " starts_at = ?, ends_at = ?, online = ?, online_url = ?, venue = ?, address = ?, town = ?,"
				+ " region = ?, organiser_name = ?, organiser_phone = ?, step_free = ?, hearing_loop = ?, seating = ?,"
				+ " accessible_toilet = ?, price = ?, capacity = ?, max_per_signup = ?, signup_opens_at = ?,"
				+ " signup_closes_at = ?, report = ?, image_path = ?, image_alt = ?, updated_at = ?,"
				+ " version = version + 1 where id = ? and version = ?", form.slug(), form.title().strip(),
				form.summary().strip(), form.description(), Timestamp.from(values.startsAt()),
				Timestamp.from(values.endsAt()), form.isOnline(),
				form.isOnline() ? EventForm.blankToNull(form.onlineUrl()) : null,
				form.isOnline() ? null : EventForm.blankToNull(form.venue()),
				form.isOnline() ? null : EventForm.blankToNull(form.address()),
				form.isOnline() ? null : EventForm.blankToNull(form.town()),
				(values.region() != null) ? values.region().name() : null, form.organiserName().strip(),
				form.organiserPhone().strip(), EventForm.ticked(form.stepFree()), EventForm.ticked(form.hearingLoop()),
				EventForm.ticked(form.seating()), EventForm.ticked(form.toilet()), values.price(), values.capacity(),
				values.maxPerSignUp(), timestamp(values.opensAt()), timestamp(values.closesAt()),
				EventForm.blankToNull(form.report()), EventForm.blankToNull(form.imagePath()),
				EventForm.blankToNull(form.imageAlt()), Timestamp.from(now), id, version);
		if (changed == 0) {
			throw new ObjectOptimisticLockingFailureException(Event.class, id);
		}
		this.jdbc.update("delete from event_theme where event_id = ?", id);
		for (Long theme : form.themeIds().stream().distinct().toList()) {
			this.jdbc.update("insert into event_theme (event_id, theme_id) values (?, ?)", id, theme);
		}
	}

	/** Puts a draft online (published). */
	void publish(long id, Instant now) {
		this.jdbc.update("update event set status = 'PUBLISHED', updated_at = ?, version = version + 1"
				+ " where id = ? and status = 'DRAFT'", Timestamp.from(now), id);
	}

	/** Takes an event offline: a draft again. */
	void unpublish(long id, Instant now) {
		this.jdbc.update("update event set status = 'DRAFT', updated_at = ?, version = version + 1 where id = ?",
				Timestamp.from(now), id);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
