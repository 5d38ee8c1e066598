package nl.bewonersplein.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.site.PageCache;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up, cancelling and the waitlist. Every change of an event's places happens
 * under a lock on the event's row ({@code select ... for update}), so sign-ups and
 * cancellations of one event are decided one at a time: confirmed places never exceed the
 * capacity, the waitlist is in arrival order, and a freed place is given exactly once.
 * See {@link RegistrationMails} for what people are told.
 */
@Service
class Registrations {

	private final JdbcTemplate jdbc;

	private final RegistrationMails mails;

	private final Clock clock;

	private final EventStore store;

	private final ApplicationEventPublisher events;

	private final PageCache pages;

	Registrations(JdbcTemplate jdbc, EventStore store, RegistrationMails mails, Clock clock,
			ApplicationEventPublisher events, PageCache pages) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.events = events;
		this.store = store;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * What a person (or staff on their behalf) hands in.
	 *
	 * @param token the personal link's token, made when the form was shown
	 * @param registeredBy the staff member's name, or null
	 */
	record SignUp(String name, String email, String phone, int people, String remark, String token,
			String registeredBy) {

	}

	/** How a sign-up ended. */
	sealed interface Outcome {

		/** Signed up (confirmed or on the waitlist), or already by an earlier post. */
		record Registered(String token, Registration.Status status, boolean repeated) implements Outcome {

		}

		/**
		 * The event takes no sign-ups now (cancelled, started, not yet or no longer
		 * open).
		 */
		record Closed() implements Outcome {

		}

		/** More people than one sign-up may bring. */
		record TooMany(int max) implements Outcome {

		}

	}

	@Transactional
	Outcome register(long eventId, SignUp signUp) {
		Instant now = this.clock.instant();
		Map<String, Object> event = lock(eventId);
		String hash = Tokens.hash(signUp.token());
		List<String> known = this.jdbc.queryForList("select status from event_registration where token_hash = ?",
				String.class, hash);
		if (!known.isEmpty()) {
			return new Outcome.Registered(signUp.token(), Registration.Status.valueOf(known.get(0)), true);
		}
		Event current = this.store.byId(eventId).orElseThrow();
		boolean open = (signUp.registeredBy() != null)
				? current.status() == Event.Status.PUBLISHED && now.isBefore(current.startsAt())
				: current.signUpOpen(now);
		if (!open) {
			return new Outcome.Closed();
		}
		if (signUp.people() < 1 || signUp.people() > current.maxPerSignUp()) {
			return new Outcome.TooMany(current.maxPerSignUp());
		}
		Integer capacity = (Integer) event.get("capacity");
		int taken = ((Number) event.get("places_taken")).intValue();
		boolean fits = capacity == null || taken + signUp.people() <= capacity;
		Registration.Status status = fits ? Registration.Status.CONFIRMED : Registration.Status.WAITLIST;
		if (fits) {
			this.jdbc.update("update event set places_taken = places_taken + ? where id = ?", signUp.people(), eventId);
			// The event page, the agenda and the home page show the places left.
			this.pages.changed();
		}
		String phone = blankToNull(signUp.phone());
		this.jdbc.update(
				"insert into event_registration (event_id, name, email, phone, phone_digits, people, remark,"
						+ " status, token_hash, registered_by, created_at, updated_at)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				eventId, signUp.name(), blankToNull(signUp.email()), phone,
				(phone != null) ? phone.replaceAll("[^0-9+]", "") : null, signUp.people(), signUp.remark(),
				status.name(), hash, signUp.registeredBy(), Timestamp.from(now), Timestamp.from(now));
		if (signUp.registeredBy() != null) {
			this.events.publishEvent(new RegistrationChangedByStaff("added", current.id(), current.title(),
					status.name().toLowerCase(java.util.Locale.ROOT)));
		}
		if (signUp.email() != null && !signUp.email().isBlank()) {
			this.mails.registered(current, signUp.name(), signUp.email(), signUp.people(), status, signUp.token());
		}
		return new Outcome.Registered(signUp.token(), status, false);
	}

	/**
	 * Staff sign someone up who phoned in or came by; {@code signUp.registeredBy()} names
	 * them. Allowed until the event starts, also when sign-up has closed.
	 */
	@Transactional
	Outcome registerOnBehalf(long eventId, SignUp signUp) {
		return register(eventId, signUp);
	}

	/** All sign-ups of an event in arrival order. */
	@Transactional(readOnly = true)
	List<Registration> of(long eventId) {
		return this.jdbc.query(
				"select " + RegistrationRows.COLUMNS + " from event_registration where event_id = ?" + " order by id",
				RegistrationRows::row, eventId);
	}

	/** Staff cancel a sign-up (e.g. someone phoned); audited. */
	@Transactional
	boolean cancelByStaff(long eventId, long registrationId, String staff) {
		boolean done = cancel(eventId, registrationId);
		if (done) {
			String title = this.store.byId(eventId).map(Event::title).orElse("");
			this.events.publishEvent(
					new RegistrationChangedByStaff("cancelled", eventId, title, "aanmelding " + registrationId));
		}
		return done;
	}

	/**
	 * Staff move a sign-up from the waitlist when it fits in the places left; it is told
	 * like any promotion. Audited.
	 * @return whether it was moved
	 */
	@Transactional
	boolean confirmFromWaitlist(long eventId, long registrationId, String staff) {
		Map<String, Object> event = lock(eventId);
		List<Registration> rows = this.jdbc.query(
				"select " + RegistrationRows.COLUMNS
						+ " from event_registration where id = ? and event_id = ? and status = 'WAITLIST'",
				RegistrationRows::row, registrationId, eventId);
		if (rows.isEmpty()) {
			return false;
		}
		Registration registration = rows.get(0);
		Integer capacity = (Integer) event.get("capacity");
		int taken = ((Number) event.get("places_taken")).intValue();
		if (capacity != null && taken + registration.people() > capacity) {
			return false;
		}
		this.jdbc.update("update event_registration set status = 'CONFIRMED', updated_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), registrationId);
		this.jdbc.update("update event set places_taken = places_taken + ? where id = ?", registration.people(),
				eventId);
		Event current = this.store.byId(eventId).orElseThrow();
		if (registration.email() != null) {
			this.mails.promoted(current, registration);
		}
		this.events.publishEvent(
				new RegistrationChangedByStaff("confirmed", eventId, current.title(), "aanmelding " + registrationId));
		return true;
	}

	static String subject(Event event) {
		return subject(event.id(), event.title());
	}

	/** An event as the audit log names it. */
	static String subject(long eventId, String title) {
		return "Evenement " + eventId + " \"" + title + "\"";
	}

	/** The sign-up behind a personal link. */
	@Transactional(readOnly = true)
	Optional<Registration> byToken(String token) {
		if (!Tokens.wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select " + RegistrationRows.COLUMNS + " from event_registration where token_hash = ?",
					RegistrationRows::row, Tokens.hash(token))
			.stream()
			.findFirst();
	}

	/**
	 * Cancels a sign-up once; its places go to the waitlist in arrival order, to each
	 * waiting sign-up that fits, and those promoted are told.
	 * @return whether this call cancelled it (false when it already was)
	 */
	@Transactional
	boolean cancel(long eventId, long registrationId) {
		lock(eventId);
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select status, people from event_registration where id = ? and event_id = ?", registrationId, eventId);
		if (rows.isEmpty() || Registration.Status.CANCELLED.name().equals(rows.get(0).get("status"))) {
			return false;
		}
		boolean held = Registration.Status.CONFIRMED.name().equals(rows.get(0).get("status"));
		int people = ((Number) rows.get(0).get("people")).intValue();
		this.jdbc.update("update event_registration set status = 'CANCELLED', updated_at = ? where id = ?",
				Timestamp.from(this.clock.instant()), registrationId);
		if (held) {
			this.jdbc.update("update event set places_taken = places_taken - ? where id = ?", people, eventId);
			promote(eventId);
			this.pages.changed();
		}
		return true;
	}

	/**
	 * Gives places that came free otherwise (a larger capacity) to the waitlist, as a
	 * cancellation does.
	 */
	@Transactional
	void fillFromWaitlist(long eventId) {
		lock(eventId);
		promote(eventId);
	}

	/**
	 * Gives free places to the waitlist in arrival order: each waiting sign-up that fits
	 * in what is left is confirmed and told. Call with the event's row locked.
	 */
	private void promote(long eventId) {
		Event event = this.store.byId(eventId).orElseThrow();
		if (event.capacity() == null || event.status() != Event.Status.PUBLISHED || event.past(this.clock.instant())) {
			return;
		}
		int left = event.capacity() - event.placesTaken();
		List<Registration> waiting = this.jdbc.query(
				"select " + RegistrationRows.COLUMNS
						+ " from event_registration where event_id = ? and status = 'WAITLIST' order by id",
				RegistrationRows::row, eventId);
		for (Registration registration : waiting) {
			if (left <= 0) {
				break;
			}
			if (registration.people() <= left) {
				this.jdbc.update("update event_registration set status = 'CONFIRMED', updated_at = ? where id = ?",
						Timestamp.from(this.clock.instant()), registration.id());
				this.jdbc.update("update event set places_taken = places_taken + ? where id = ?", registration.people(),
						eventId);
				left -= registration.people();
				if (registration.email() != null) {
					this.mails.promoted(event, registration);
				}
			}
		}
	}

	private Map<String, Object> lock(long eventId) {
		return this.jdbc.queryForMap("select capacity, places_taken from event where id = ? for update", eventId);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
