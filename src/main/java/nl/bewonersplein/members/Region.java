package nl.bewonersplein.members;

import java.util.Arrays;
import java.util.Optional;

/**
 * The network's five regions. Each groups provinces: Noord (Groningen, Friesland,
 * Drenthe), Oost (Overijssel, Gelderland), Midden (Utrecht, Flevoland), West
 * (Noord-Holland, Zuid-Holland), Zuid (Zeeland, Noord-Brabant, Limburg).
 */
enum Region {

	NOORD, OOST, MIDDEN, WEST, ZUID;

	/** The value in addresses and CSV files, e.g. {@code oost}. */
	String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	String labelKey() {
		return "members.region." + slug();
	}

	static Optional<Region> fromSlug(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip();
		return Arrays.stream(values()).filter((region) -> region.slug().equalsIgnoreCase(wanted)).findFirst();
	}

}
