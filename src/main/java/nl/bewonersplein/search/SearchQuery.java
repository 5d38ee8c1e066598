package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What someone typed, read as search understands it: words, "phrases in quotes", and
 * words or phrases with synonyms. Stop words outside quotes are dropped. Every unit must
 * match (or one of its synonyms).
 *
 * @param units the parts that must all match
 * @param words every word outside quotes, in order
 */
record SearchQuery(List<Unit> units, List<String> words) {

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"?");

	/** A part of the query. */
	interface Unit {

	}

	/** One word, folded. */
	record Term(String word) implements Unit {

	}

	/** Words in quotes, matched exactly and in order. */
	record Phrase(List<String> words) implements Unit {

	}

	/**
	 * Words that are one of a synonym group's terms: they or any other term of the group.
	 */
	record Synonym(List<String> words, List<List<String>> alternatives) implements Unit {

	}

	boolean isEmpty() {
		return this.units.isEmpty();
	}

	/** The single words of the query (outside quotes), for spelling suggestions. */
	List<String> terms() {
		return this.units.stream().filter(Term.class::isInstance).map((unit) -> ((Term) unit).word()).toList();
	}

	static SearchQuery parse(String text, List<List<List<String>>> synonymGroups) {
		List<Unit> units = new ArrayList<>();
		Matcher quoted = QUOTED.matcher(text);
		StringBuilder rest = new StringBuilder();
		int from = 0;
		while (quoted.find()) {
			rest.append(text, from, quoted.start()).append(' ');
			List<String> words = Words.of(quoted.group(1));
			if (!words.isEmpty()) {
				units.add(new Phrase(words));
			}
			from = quoted.end();
		}
		rest.append(text.substring(from));
		List<String> words = Words.of(rest.toString());
		int i = 0;
		while (i < words.size()) {
			Synonym synonym = synonymAt(words, i, synonymGroups);
			if (synonym != null) {
				units.add(synonym);
				i += synonym.words().size();
				continue;
			}
			String word = words.get(i++);
			if (!Words.isStopWord(word) && units.stream().noneMatch(new Term(word)::equals)) {
				units.add(new Term(word));
			}
		}
		if (units.isEmpty() && words.size() > 1) {
			// Only stop words ("over ons"): then they are meant, in this order.
			units.add(new Phrase(words));
		}
		// Bounds the work per request: nobody means more than this many parts.
		return new SearchQuery(List.copyOf(units.subList(0, Math.min(units.size(), 12))), List.copyOf(words));
	}

	/** The longest synonym term that starts at word {@code i}, or null. */
	private static Synonym synonymAt(List<String> words, int i, List<List<List<String>>> groups) {
		Synonym best = null;
		for (List<List<String>> group : groups) {
			for (List<String> term : group) {
				if (i + term.size() <= words.size() && words.subList(i, i + term.size()).equals(term)
						&& (best == null || term.size() > best.words().size())) {
					List<List<String>> others = group.stream().filter((other) -> !other.equals(term)).toList();
					best = new Synonym(term, others);
				}
			}
		}
		return best;
	}

}
