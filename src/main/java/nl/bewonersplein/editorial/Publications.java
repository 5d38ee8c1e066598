package nl.bewonersplein.editorial;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import nl.bewonersplein.shared.Dates;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The publication step of a save: which button the editor pressed in the edit form
 * ({@value #FIELD}), the schedule they entered (Dutch date and time, Europe/Amsterdam),
 * and what that does to a {@link Publishable} item after its text is saved.
 */
@Component
class Publications {

	static final String FIELD = "publicatie";

	static final String DATE = "publicatiedatum";

	static final String TIME = "publicatietijd";

	/** What the editor asked for besides saving. */
	enum Action {

		SAVE, PUBLISH, SCHEDULE, OFFLINE;

		static Action of(String value) {
			if (value == null) {
				return SAVE;
			}
			return switch (value) {
				case "publiceren" -> PUBLISH;
				case "plannen" -> SCHEDULE;
				case "offline" -> OFFLINE;
				default -> SAVE;
			};
		}

	}

	private static final List<DateTimeFormatter> DATES = List.of("d-M-uuuu", "d/M/uuuu", "d.M.uuuu", "uuuu-M-d")
		.stream()
		.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Schedules schedules;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Publications(Schedules schedules, Revisions revisions, ApplicationEventPublisher events, Clock clock) {
		this.schedules = schedules;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
	}

	/** The button pressed in the current request's form. */
	static Action action() {
		return Action.of(param(FIELD));
	}

	static String param(String name) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getParameter(name);
		}
		return null;
	}

	/**
	 * The moment a schedule being entered stands for; null with an error on the result
	 * when it is missing, not a date or time, or not in the future.
	 */
	Instant scheduleMoment(BindingResult result) {
		String date = strip(param(DATE));
		String time = strip(param(TIME));
		LocalDate day = null;
		for (DateTimeFormatter format : DATES) {
			try {
				day = LocalDate.parse(date, format);
				break;
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		if (day == null) {
			reject(result, DATE,
					date.isEmpty() ? "editorial.schedule.date.missing" : "editorial.schedule.date.invalid");
			return null;
		}
		LocalTime hour;
		try {
			hour = LocalTime.parse(time.replace('.', ':'), TIME_FORMAT);
		}
		catch (DateTimeParseException ex) {
			reject(result, TIME,
					time.isEmpty() ? "editorial.schedule.time.missing" : "editorial.schedule.time.invalid");
			return null;
		}
		Instant at = LocalDateTime.of(day, hour).atZone(Dates.ZONE).toInstant();
		Instant now = this.clock.instant();
		if (!at.isAfter(now)) {
			reject(result, DATE, "editorial.schedule.past");
			return null;
		}
		if (at.isAfter(now.plus(Duration.ofDays(3 * 366)))) {
			reject(result, DATE, "editorial.schedule.far");
			return null;
		}
		return at;
	}

	/**
	 * Does what the editor asked for after the item was saved (inside the save's
	 * transaction) and announces a change of publication.
	 * @return the flash message key
	 */
	<T> String apply(Editable<T, ?> type, T item, Action action, Instant scheduleAt) {
		if (!(type instanceof Publishable<?>)) {
			return "editorial.saved";
		}
		@SuppressWarnings("unchecked")
		Publishable<T> publication = (Publishable<T>) type;
		Instant now = this.clock.instant();
		long id = type.id(item);
		boolean online = publication.online(item, now);
		switch (action) {
			case PUBLISH -> {
				this.schedules.cancel(type.kind(), id);
				if (!online) {
					publication.publish(item, now);
					this.events.publishEvent(new PublicationChanged(type.kind(), id, type.subject(item), true));
				}
				return "editorial.published";
			}
			case SCHEDULE -> {
				if (online) {
					return "editorial.saved";
				}
				this.schedules.schedule(type.kind(), id, scheduleAt);
				this.events.publishEvent(new PublicationScheduled(type.kind(), id, type.subject(item), scheduleAt));
				return "editorial.scheduled";
			}
			case OFFLINE -> {
				boolean wasScheduled = this.schedules.scheduled(type.kind(), id).isPresent();
				this.schedules.cancel(type.kind(), id);
				if (online) {
					publication.unpublish(item);
					this.events.publishEvent(new PublicationChanged(type.kind(), id, type.subject(item), false));
					this.revisions.live(type.kind(), id, false);
				}
				return (online || !wasScheduled) ? "editorial.unpublished" : "editorial.unscheduled";
			}
			default -> {
				return online ? "editorial.saved.online" : "editorial.saved";
			}
		}
	}

	/** Drops the schedule of a deleted item. */
	void forget(String kind, long id) {
		this.schedules.cancel(kind, id);
	}

	/** Whether the item is online now (false for a type that is not publishable). */
	<T> boolean online(Editable<T, ?> type, T item) {
		@SuppressWarnings("unchecked")
		boolean online = (type instanceof Publishable<?>) && ((Publishable<T>) type).online(item, this.clock.instant());
		return online;
	}

	private static void reject(BindingResult result, String field, String code) {
		result.addError(
				new FieldError(result.getObjectName(), field, param(field), false, new String[] { code }, null, code));
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	static String dutch(Instant at, Locale locale) {
		return Dates.longDateTime(at, locale);
	}

}
