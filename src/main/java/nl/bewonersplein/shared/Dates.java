package nl.bewonersplein.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the site shows them: {@code 08/12/2020} or
 * {@code dinsdag 8 december 2020, 19:30}, always in Dutch time.
 */
public final class Dates {

	/** The network's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

	private Dates() {
	}

	/** {@code 08/12/2020}. */
	public static String shortDate(Instant instant) {
		return SHORT.format(instant);
	}

	/** {@code dinsdag 8 december 2020, 19:30} in the given language. */
	public static String longDateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale).withZone(ZONE).format(instant);
	}

}
