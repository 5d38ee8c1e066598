package nl.bewonersplein.members;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A Dutch postcode's town, by its two-digit area ({@code members/postcode-areas.tsv}).
 * Accepts {@code 3811 AB}, {@code 3811ab}, {@code 3811-AB} or just {@code 3811}; the
 * letters SA, SD and SS are never used in postcodes and are refused.
 */
@Component
class PostcodeAreas {

	private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})[\\s-]?([A-Za-z]{2})?");

	/**
	 * A postcode and the town of its area.
	 *
	 * @param postcode the postcode as written normally, e.g. {@code 3811 AB}
	 * @param town the town at the heart of its area
	 */
	record Area(String postcode, String town) {

	}

	private final Map<String, String> towns = new HashMap<>();

	PostcodeAreas() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("members/postcode-areas.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					String[] parts = line.split("\t");
					this.towns.put(parts[0], parts[1]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether {@code text} was meant as a postcode: no Dutch place name has a digit.
	 */
	static boolean meantAsPostcode(String text) {
		return text != null && text.chars().anyMatch(Character::isDigit);
	}

	Optional<Area> find(String text) {
		Matcher matcher = POSTCODE.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String letters = (matcher.group(2) != null) ? matcher.group(2).toUpperCase(Locale.ROOT) : "";
		if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
			return Optional.empty();
		}
		String town = this.towns.get(matcher.group(1).substring(0, 2));
		String postcode = matcher.group(1) + (letters.isEmpty() ? "" : " " + letters);
		return Optional.ofNullable(town).map((found) -> new Area(postcode, found));
	}

}
