package nl.bewonersplein.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The events module's texts in the visitor's language, and its dates written out. */
@Component
class EventTexts {

	private final MessageSource messages;

	EventTexts(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	String region(Region region, Locale locale) {
		return (region != null) ? t(region.labelKey(), locale) : "";
	}

	/**
	 * When an event is, written out in Dutch time: {@code dinsdag 8 december 2026,
	 * 19:30–21:00}, or with both dates when it lasts more than one day.
	 */
	static String when(Instant start, Instant end, Locale locale) {
		ZonedDateTime from = start.atZone(Dates.ZONE);
		ZonedDateTime to = end.atZone(Dates.ZONE);
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return day.format(from) + ", " + time.format(from) + "\u2013" + time.format(to);
		}
		return day.format(from) + ", " + time.format(from) + " \u2013 " + day.format(to) + ", " + time.format(to);
	}

	/** The date alone, e.g. {@code di 8 dec 2026}, for lists and teasers. */
	static String shortDate(Instant start, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(start.atZone(Dates.ZONE));
	}

	static LocalDate localDate(Instant instant) {
		return instant.atZone(Dates.ZONE).toLocalDate();
	}

}
