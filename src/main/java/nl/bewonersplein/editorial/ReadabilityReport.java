package nl.bewonersplein.editorial;

import java.util.List;

/**
 * What {@link Readability} found in a text.
 *
 * @param words the number of words
 * @param sentences the number of sentences
 * @param syllables the number of syllables
 * @param score the Flesch-Douma score (higher is easier; 0 for no text)
 * @param wordsPerSentence the average sentence length in words
 * @param longSentences the sentences of more than {@value Readability#LONG_SENTENCE}
 * words
 * @param longWords the words of more than {@value Readability#LONG_WORD} syllables, each
 * once
 * @param passiveSentences the sentences that may be in the passive voice
 */
public record ReadabilityReport(int words, int sentences, int syllables, double score, double wordsPerSentence,
		List<String> longSentences, List<LongWord> longWords, List<String> passiveSentences) {

	/** The report on no text at all. */
	public static final ReadabilityReport EMPTY = new ReadabilityReport(0, 0, 0, 0, 0, List.of(), List.of(), List.of());

	/** How the text does against the B1 advice. */
	public enum Level {

		/** No text yet. */
		NONE,
		/** A score of at least 60 and sentences of at most 15 words on average. */
		B1,
		/** A score of at least 45: close, a few changes make it B1. */
		NEARLY,
		/** Below that: hard for many readers. */
		HARD

	}

	/**
	 * A long word and its syllables.
	 *
	 * @param word the word as written
	 * @param syllables its number of syllables
	 */
	public record LongWord(String word, int syllables) {

	}

	public Level level() {
		if (this.words == 0) {
			return Level.NONE;
		}
		if (this.score >= Readability.TARGET_SCORE && this.wordsPerSentence <= Readability.TARGET_SENTENCE) {
			return Level.B1;
		}
		return (this.score >= 45) ? Level.NEARLY : Level.HARD;
	}

	/** The score rounded to a whole number, as shown. */
	public long roundedScore() {
		return Math.round(this.score);
	}

	/** The average sentence length with one decimal, as shown (Dutch comma). */
	public String shownSentenceLength() {
		return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f", this.wordsPerSentence);
	}

}
