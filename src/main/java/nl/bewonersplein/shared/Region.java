package nl.bewonersplein.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The five regions the network divides the country into. Events and member initiatives
 * are filed under one; the site shows it by its label and filters by its slug
 * ({@code ?regio=oost}).
 */
public enum Region {

	NOORD, OOST, MIDDEN, WEST, ZUID;

	/** The region's name in URLs, e.g. {@code oost}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Message key of the region's name, e.g. {@code region.oost} ("Oost"). */
	public String labelKey() {
		return "region." + slug();
	}

	/** The region with this slug or name, in any case; empty for anything else. */
	public static Optional<Region> of(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter((region) -> region.name().equals(wanted)).findFirst();
	}

}
