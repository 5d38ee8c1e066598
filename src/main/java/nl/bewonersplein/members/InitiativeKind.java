package nl.bewonersplein.members;

import java.util.Arrays;
import java.util.Optional;

/** What sort of initiative it is, as the directory filters by it. */
enum InitiativeKind {

	RESIDENTS_GROUP("bewonersgroep"), COMMUNITY_CENTRE("buurthuis"), NEIGHBOURHOOD_COOPERATIVE("buurtcooperatie"),
	RESIDENTS_COMPANY("bewonersbedrijf"), CARE_COOPERATIVE("zorgcooperatie"), ENERGY_COOPERATIVE("energiecooperatie"),
	DROP_IN("inloophuis"), NETWORK("netwerkorganisatie"), HEALTH("gezondheid"), GREEN("groen-en-voedsel"),
	OTHER("anders");

	private final String slug;

	InitiativeKind(String slug) {
		this.slug = slug;
	}

	/** The value in addresses and CSV files, e.g. {@code inloophuis}. */
	String slug() {
		return this.slug;
	}

	String labelKey() {
		return "members.kind." + this.slug;
	}

	static Optional<InitiativeKind> fromSlug(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip();
		return Arrays.stream(values()).filter((kind) -> kind.slug.equalsIgnoreCase(wanted)).findFirst();
	}

}
