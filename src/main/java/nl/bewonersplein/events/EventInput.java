package nl.bewonersplein.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;

import org.springframework.validation.BindingResult;

/**
 * Reads what an editor typed in the event form: Dutch dates ({@code 8-12-2026},
 * {@code 8/12/2026}, {@code 8 december 2026}) and times ({@code 19:30}, {@code 19.30}) in
 * Europe/Amsterdam, the place or online link, price and capacity. Each problem becomes a
 * message next to its field.
 */
final class EventInput {

	private static final List<DateTimeFormatter> DATES = List.of("d-M-uuuu", "d/M/uuuu", "d.M.uuuu", "uuuu-M-d")
		.stream()
		.map((pattern) -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))
		.toList();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");

	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januari", 1), Map.entry("jan", 1),
			Map.entry("februari", 2), Map.entry("feb", 2), Map.entry("maart", 3), Map.entry("mrt", 3),
			Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
			Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("augustus", 8), Map.entry("aug", 8),
			Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10),
			Map.entry("okt", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
			Map.entry("dec", 12));

	/** What the form stands for, once it is valid. */
	record Values(Instant startsAt, Instant endsAt, Instant opensAt, Instant closesAt, Region region, String price,
			Integer capacity, int maxPerSignUp) {

	}

	private EventInput() {
	}

	/**
	 * The form's values; null (with errors on {@code result}) when something is wrong.
	 */
	static Values read(EventForm form, BindingResult result) {
		int errors = result.getErrorCount();
		Instant start = moment(form.startDate(), form.startTime(), "startDate", "startTime", true, null, result);
		// No end date: the same day as the start (whose own mistakes are told there).
		boolean sameDay = blank(form.endDate());
		Instant end = moment(sameDay ? form.startDate() : form.endDate(), form.endTime(), sameDay ? null : "endDate",
				"endTime", true, null, result);
		if (start != null && end != null && !end.isAfter(start) && !result.hasFieldErrors("endTime")) {
			result.rejectValue("endTime", "events.edit.end.before");
		}
		Instant opens = moment(form.opensDate(), form.opensTime(), "opensDate", "opensTime", false, "0:00", result);
		Instant closes = moment(form.closesDate(), form.closesTime(), "closesDate", "closesTime", false, "23:59",
				result);
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			result.rejectValue("closesDate", "events.edit.closes.before");
		}
		Region region = null;
		if (form.isOnline()) {
			String url = EventForm.orEmpty(form.onlineUrl()).strip();
			if (url.isEmpty()) {
				result.rejectValue("onlineUrl", "events.edit.online.required");
			}
			else if (!url.matches("https://[^\\s<>\"]+")) {
				result.rejectValue("onlineUrl", "events.edit.online.invalid");
			}
		}
		else {
			for (String field : List.of("venue", "address", "town")) {
				if (blank(value(form, field)) && !result.hasFieldErrors(field)) {
					result.rejectValue(field, "events.edit.place.required");
				}
			}
			region = Region.of(form.region()).orElse(null);
			if (region == null) {
				result.rejectValue("region", "events.edit.region.required");
			}
		}
		String price = null;
		if (!form.isFree()) {
			price = EventForm.blankToNull(form.price());
			if (price == null && !result.hasFieldErrors("price")) {
				result.rejectValue("price", "events.edit.price.required");
			}
		}
		Integer capacity = null;
		if (!form.isUnlimited()) {
			capacity = whole(form.capacity(), 1, 100000, "capacity", "events.edit.capacity.invalid", result);
		}
		Integer max = whole(form.maxPerSignUp(), 1, 20, "maxPerSignUp", "events.edit.max.invalid", result);
		if (result.getErrorCount() > errors) {
			return null;
		}
		return new Values(start, end, opens, closes, region, price, capacity, max);
	}

	static String date(Instant at) {
		return (at != null) ? at.atZone(Dates.ZONE).format(SHOWN_DATE) : "";
	}

	static String time(Instant at) {
		return (at != null) ? at.atZone(Dates.ZONE).format(SHOWN_TIME) : "";
	}

	private static Instant moment(String date, String time, String dateField, String timeField, boolean required,
			String defaultTime, BindingResult result) {
		if (blank(date) && blank(time) && !required) {
			return null;
		}
		LocalDate day = day(date);
		if (day == null && dateField != null) {
			result.rejectValue(dateField, blank(date) ? "events.edit.date.missing" : "events.edit.date.invalid");
		}
		String typed = blank(time) ? defaultTime : time.strip().replace('.', ':');
		LocalTime hour = null;
		if (typed == null) {
			result.rejectValue(timeField, "events.edit.time.missing");
		}
		else {
			try {
				hour = LocalTime.parse(typed, TIME);
			}
			catch (DateTimeParseException ex) {
				result.rejectValue(timeField, "events.edit.time.invalid");
			}
		}
		if (day == null || hour == null) {
			return null;
		}
		if (day.getYear() < 2000 || day.getYear() > 2100) {
			if (dateField != null) {
				result.rejectValue(dateField, "events.edit.date.invalid");
			}
			return null;
		}
		return LocalDateTime.of(day, hour).atZone(Dates.ZONE).toInstant();
	}

	/** A Dutch date, or null when it is not one. */
	static LocalDate day(String typed) {
		if (blank(typed)) {
			return null;
		}
		String text = typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		String[] parts = text.replaceFirst("^[a-z]+dag ", "").split(" ");
		if (parts.length == 3 && parts[0].matches("[0-9]{1,2}") && MONTHS.containsKey(parts[1].replace(".", ""))
				&& parts[2].matches("[0-9]{4}")) {
			try {
				return LocalDate.of(Integer.parseInt(parts[2]), MONTHS.get(parts[1].replace(".", "")),
						Integer.parseInt(parts[0]));
			}
			catch (java.time.DateTimeException ex) {
				return null;
			}
		}
		return null;
	}

	private static Integer whole(String typed, int min, int max, String field, String code, BindingResult result) {
		String text = EventForm.orEmpty(typed).strip();
		if (text.matches("[0-9]{1,6}")) {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		}
		result.rejectValue(field, code, new Object[] { min, max }, code);
		return null;
	}

	private static String value(EventForm form, String field) {
		return switch (field) {
			case "venue" -> form.venue();
			case "address" -> form.address();
			default -> form.town();
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
