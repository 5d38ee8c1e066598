package nl.bewonersplein.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode in its one normal form, {@code 1234 AB}: four digits not starting with
 * 0, a space, two capital letters, never SA, SD or SS (PostNL does not use them). Make
 * one from what a person typed with {@link #parse}, which accepts lower case and a
 * missing or doubled space ({@code "1234ab"}, {@code " 1234  Ab "}); the constructor
 * takes only the normal form, e.g. when reading it back from the database.
 *
 * @param value the postcode as {@code 1234 AB}
 */
public record DutchPostcode(String value) {

	private static final Pattern NORMAL = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");

	/**
	 * Digits and letters with any spaces (also non-breaking ones) around and between
	 * them, none inside.
	 */
	private static final Pattern TYPED = Pattern.compile(
			"[\\s\\u00A0\\u2007\\u202F]*([1-9][0-9]{3})[\\s\\u00A0\\u2007\\u202F]*([A-Za-z]{2})[\\s\\u00A0\\u2007\\u202F]*");

	/** More than this is not a postcode typed with a few spaces too many. */
	private static final int INPUT_MAX = 20;

	public DutchPostcode {
		if (value == null || !NORMAL.matcher(value).matches() || forbidden(value.substring(5))) {
			throw new IllegalArgumentException("Not a Dutch postcode in the form 1234 AB");
		}
	}

	/**
	 * The postcode a person typed, normalised: spaces (also non-breaking ones) around or
	 * between the digits and the letters left out, one put in the middle, letters in
	 * capitals.
	 * @param input what was typed; may be null
	 * @return the postcode, or empty if the input is not a Dutch postcode
	 */
	public static Optional<DutchPostcode> parse(String input) {
		if (input == null || input.length() > INPUT_MAX) {
			return Optional.empty();
		}
		Matcher typed = TYPED.matcher(input);
		if (!typed.matches() || forbidden(typed.group(2).toUpperCase(Locale.ROOT))) {
			return Optional.empty();
		}
		String normal = typed.group(1) + " " + typed.group(2).toUpperCase(Locale.ROOT);
		return Optional.of(new DutchPostcode(normal));
	}

	/** Whether {@code input} is a Dutch postcode as {@link #parse} accepts it. */
	public static boolean isValid(String input) {
		return parse(input).isPresent();
	}

	/** The four digits, e.g. {@code 1234}: the area, for regions and reports. */
	public int digits() {
		return Integer.parseInt(this.value.substring(0, 4));
	}

	/** The two letters, e.g. {@code AB}. */
	public String letters() {
		return this.value.substring(5);
	}

	/** Without the space, e.g. {@code 1234AB}, as some address services want it. */
	public String compact() {
		return this.value.substring(0, 4) + this.value.substring(5);
	}

	@Override
	public String toString() {
		return this.value;
	}

	private static boolean forbidden(String letters) {
		return letters.equals("SA") || letters.equals("SD") || letters.equals("SS");
	}

}
