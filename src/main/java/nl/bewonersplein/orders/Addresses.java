package nl.bewonersplein.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dutch postal addresses as PostNL wants them on a parcel. */
final class Addresses {

	private Addresses() {
	}

	/**
	 * The address lines: name, optional initiative, street with house number and
	 * addition, then postcode and town in capitals with two spaces between.
	 */
	static List<String> lineList(String name, String initiative, String street, String houseNumber, String addition,
			String postcode, String town) {
		List<String> lines = new ArrayList<>();
		lines.add(name);
		if (initiative != null && !initiative.isBlank()) {
			lines.add(initiative);
		}
		String number = houseNumber + ((addition == null || addition.isBlank()) ? ""
				: (Character.isDigit(addition.charAt(0)) ? "-" : "") + addition);
		lines.add(street + " " + number);
		lines.add(postcode + "  " + town.toUpperCase(Locale.forLanguageTag("nl")));
		return lines;
	}

	static String lines(String name, String initiative, String street, String houseNumber, String addition,
			String postcode, String town) {
		return String.join("\n", lineList(name, initiative, street, houseNumber, addition, postcode, town));
	}

}
