package nl.bewonersplein.members;

import java.util.Set;

/** The members module's addresses, in one place. */
final class MemberPaths {

	static final String DIRECTORY = "/leden";

	static final String MAP = "/leden/kaart";

	static final String NEARBY = "/leden/in-de-buurt";

	static final String APPLY = "/leden/lid-worden";

	static final String ADMIN = "/admin/leden";

	static final String OWN = "/account/initiatieven";

	/** Paths under {@code /leden} that are not profiles: no initiative may take them. */
	static final Set<String> RESERVED = Set.of("kaart", "in-de-buurt", "lid-worden", "nieuw", "admin");

	private MemberPaths() {
	}

	static String profile(String slug) {
		return DIRECTORY + "/" + slug;
	}

	static String contact(String slug) {
		return profile(slug) + "/contact";
	}

}
