package nl.bewonersplein.editorial;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Counts the syllables of a Dutch word by its vowel groups: each run of vowels (a, e, i,
 * o, u, y, also accented) is one syllable, so the diphthongs and long vowels (ij, ei, oe,
 * ou, au, ui, eu, aa, ee, oo, uu, ie, and eeuw, ooi, aai, oei, ieuw) count once. A vowel
 * with a diaeresis starts a new syllable ("ideeën" 3, "coöperatie" 5), as do an a, o or u
 * after an i ("piano" 3, "materiaal" 4) and an o or a after an e ("video" 3, "theater" 3,
 * but "cadeau" 2). A word without vowels ("'s", "pff") is one syllable. A heuristic, good
 * enough for a readability score, not for hyphenation.
 */
final class DutchSyllables {

	private DutchSyllables() {
	}

	static int count(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		int syllables = 0;
		char previous = 0;
		boolean inRun = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			char base = base(c);
			if (!isVowel(base)) {
				inRun = false;
				previous = 0;
				continue;
			}
			if (!inRun || hasDiaeresis(c) || splits(previous, base, next(lower, i + 1))) {
				syllables++;
			}
			inRun = true;
			previous = base;
		}
		return Math.max(1, syllables);
	}

	private static boolean splits(char previous, char current, char next) {
		if (previous == 'i') {
			return current == 'a' || current == 'o' || current == 'u';
		}
		if (previous == 'e') {
			return current == 'o' || (current == 'a' && next != 'u');
		}
		return false;
	}

	private static char next(String word, int index) {
		return (index < word.length()) ? base(word.charAt(index)) : 0;
	}

	private static boolean isVowel(char c) {
		return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
	}

	private static boolean hasDiaeresis(char c) {
		return c == 'ë' || c == 'ï' || c == 'ö' || c == 'ü' || c == 'ä';
	}

	private static char base(char c) {
		if (c < 128) {
			return c;
		}
		String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return plain.isEmpty() ? c : plain.charAt(0);
	}

}
