package nl.bewonersplein.editorial;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A hint, not grammar: a sentence may be in the passive voice when it holds a form of
 * "worden" and a past participle (ge…d/t/en, or be-, ver-, ont-, her-, er-…d/t/en: "er
 * wordt besproken", "het werd verteld"), or a form of "zijn" and a ge- participle ("het
 * is besloten"). Common words that only look like participles (geen, gezond, gebied,
 * gemeente, ...) do not count.
 */
final class PassiveVoice {

	private static final Set<String> WORDEN = Set.of("word", "wordt", "worden", "werd", "werden", "geworden");

	private static final Set<String> ZIJN = Set.of("is", "zijn", "was", "waren", "ben", "bent", "geweest");

	private static final Set<String> NOT_PARTICIPLES = Set.of("geen", "gezond", "geld", "gebied", "gebieden",
			"gemeente", "gemeenten", "gesprek", "gesprekken", "gedachten", "gevoel", "gevoelens", "geheel", "gelijk",
			"genoeg", "gewoon", "gezin", "gezinnen", "geduld", "gevaar", "gebouw", "gebouwen", "gerecht", "gedicht",
			"geleden", "gebruiken", "gegevens", "gemiddeld", "gelegenheden", "verschillend", "bekend", "bestand",
			"verkeerd");

	private PassiveVoice() {
	}

	static boolean mayBePassive(List<String> words) {
		boolean worden = false;
		boolean zijn = false;
		boolean participle = false;
		boolean geParticiple = false;
		for (String word : words) {
			String lower = word.toLowerCase(Locale.ROOT);
			worden |= WORDEN.contains(lower);
			zijn |= ZIJN.contains(lower);
			if (!NOT_PARTICIPLES.contains(lower) && !WORDEN.contains(lower) && !ZIJN.contains(lower)) {
				boolean ge = lower.length() >= 5 && lower.startsWith("ge") && endsLikeParticiple(lower);
				boolean prefixed = lower.length() >= 6 && lower.matches("(be|ver|ont|her|er)\\p{L}+")
						&& endsLikeParticiple(lower);
				geParticiple |= ge;
				participle |= ge || prefixed;
			}
		}
		return (worden && participle) || (zijn && geParticiple);
	}

	private static boolean endsLikeParticiple(String word) {
		return word.endsWith("d") || word.endsWith("t") || word.endsWith("en");
	}

}
