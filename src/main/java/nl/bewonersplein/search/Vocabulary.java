package nl.bewonersplein.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of every indexed document with the number of documents each is in: where
 * "Bedoelde je …?" finds the word someone meant.
 */
final class Vocabulary {

	static final Vocabulary EMPTY = new Vocabulary(Map.of());

	private final Map<String, Integer> documentFrequency;

	private Vocabulary(Map<String, Integer> documentFrequency) {
		this.documentFrequency = documentFrequency;
	}

	boolean contains(String foldedWord) {
		return this.documentFrequency.containsKey(foldedWord);
	}

	/**
	 * The known word closest to this one within its allowed edits (the most frequent of
	 * the closest), or null when the word is known or nothing is close.
	 */
	String correction(String foldedWord) {
		int max = Words.allowedEdits(foldedWord);
		if (max == 0 || contains(foldedWord)) {
			return null;
		}
		String best = null;
		int bestDistance = max + 1;
		int bestFrequency = 0;
		for (Map.Entry<String, Integer> entry : this.documentFrequency.entrySet()) {
			String word = entry.getKey();
			if (word.length() < 4) {
				continue;
			}
			int distance = Words.distance(foldedWord, word, max);
			if (distance > max) {
				continue;
			}
			boolean better = distance < bestDistance || (distance == bestDistance && (entry.getValue() > bestFrequency
					|| (entry.getValue() == bestFrequency && word.compareTo(best) < 0)));
			if (better) {
				best = word;
				bestDistance = distance;
				bestFrequency = entry.getValue();
			}
		}
		return (bestDistance <= max) ? best : null;
	}

	int size() {
		return this.documentFrequency.size();
	}

	/** Collects the words of documents, one at a time. */
	static final class Builder {

		private final Map<String, Integer> frequency = new HashMap<>();

		void add(String... texts) {
			java.util.Set<String> seen = new java.util.HashSet<>();
			for (String text : texts) {
				if (text == null) {
					continue;
				}
				List<String> words = Words.of(text);
				for (String word : words) {
					if (word.length() >= 3 && word.length() <= 40 && !Character.isDigit(word.charAt(0))
							&& seen.add(word)) {
						this.frequency.merge(word, 1, Integer::sum);
					}
				}
			}
		}

		Vocabulary build() {
			return new Vocabulary(Map.copyOf(this.frequency));
		}

	}

}
