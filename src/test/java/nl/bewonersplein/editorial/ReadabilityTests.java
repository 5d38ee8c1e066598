package nl.bewonersplein.editorial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The B1 writing help against texts counted by hand (the counts are in the comments: word
 * by word, syllables in brackets).
 */
class ReadabilityTests {

	@ParameterizedTest
	@CsvSource({ "ideeën,3", "coöperatie,5", "geïnteresseerd,5", "België,3", "piano,3", "materiaal,4", "video,3",
			"theater,3", "cadeau,2", "leeuw,1", "mooi,1", "huis,1", "eigenlijk,3", "bijeenkomst,3", "buurtbewoners,4",
			"zee,1", "nieuwe,2", "pff,1", "gemeenteraadsvergadering,8" })
	void countsDutchSyllablesByVowelGroups(String word, int syllables) {
		assertThat(DutchSyllables.count(word)).as(word).isEqualTo(syllables);
	}

	@Test
	void scoresAShortPlainText() {
		// De(1) buurt(1) komt(1) samen(2) | Wij(1) drinken(2) koffie(2) in(1) het(1)
		// buurthuis(2): 10 words, 2 sentences, 14 syllables.
		ReadabilityReport report = Readability.of("De buurt komt samen. Wij drinken koffie in het buurthuis.");
		assertThat(report.words()).isEqualTo(10);
		assertThat(report.sentences()).isEqualTo(2);
		assertThat(report.syllables()).isEqualTo(14);
		// 206.835 - 0.93 * 5 - 77 * 1.4 = 94.385
		assertThat(report.score()).isCloseTo(94.385, within(0.001));
		assertThat(report.wordsPerSentence()).isEqualTo(5.0);
		assertThat(report.level()).isEqualTo(ReadabilityReport.Level.B1);
		assertThat(report.longSentences()).isEmpty();
		assertThat(report.longWords()).isEmpty();
		assertThat(report.passiveSentences()).isEmpty();
	}

	@Test
	void readsOnlyTheRunningTextOfCommonMarkAndMarksLongWords() {
		// The heading and the video line do not count. De(1) ideeën(3) van(1) bewoners(3)
		// zijn(1) belangrijk(3) voor(1) de(1) gemeenteraadsvergadering(8) = 9 words, 22;
		// the list item Kom(1) ook(1) ends a sentence without a full stop: 2 words, 2.
		ReadabilityReport report = Readability.of("""
				## Kop telt niet

				De **ideeën** van [bewoners](/leden) zijn belangrijk voor de gemeenteraadsvergadering.

				https://www.youtube.com/watch?v=abc

				- Kom ook
				""");
		assertThat(report.words()).isEqualTo(11);
		assertThat(report.sentences()).isEqualTo(2);
		assertThat(report.syllables()).isEqualTo(24);
		// 206.835 - 0.93 * 5.5 - 77 * 24 / 11 = 206.835 - 5.115 - 168 = 33.72
		assertThat(report.score()).isCloseTo(33.72, within(0.001));
		assertThat(report.level()).isEqualTo(ReadabilityReport.Level.HARD);
		assertThat(report.longWords()).containsExactly(new ReadabilityReport.LongWord("gemeenteraadsvergadering", 8));
	}

	@Test
	void marksPassiveSentencesAndKeepsAbbreviationsInTheirSentence() {
		// Het(1) plan(1) werd(1) door(1) de(1) gemeente(3) besproken(3) = 7 words, 11;
		// We(1) nemen(2) bijv(1) een(1) stoel(1) mee(1) = 6 words, 7: 13 words, 18.
		ReadabilityReport report = Readability
			.of("Het plan werd door de gemeente besproken. We nemen bijv. Een stoel mee.");
		assertThat(report.sentences()).isEqualTo(2);
		assertThat(report.words()).isEqualTo(13);
		assertThat(report.syllables()).isEqualTo(18);
		// 206.835 - 0.93 * 6.5 - 77 * 18 / 13 = 94.1746...
		assertThat(report.score()).isCloseTo(94.1746, within(0.001));
		assertThat(report.passiveSentences()).containsExactly("Het plan werd door de gemeente besproken.");
	}

	@Test
	void marksASentenceOfMoreThanTwentyWords() {
		// 21 words, 32 syllables: Op(1) zaterdag(3) komen(2) de(1) bewoners(3) van(1)
		// de(1)
		// straat(1) samen(2) om(1) met(1) elkaar(2) te(1) praten(2) over(2) de(1)
		// plannen(2) voor(1) het(1) nieuwe(2) plein(1).
		String sentence = "Op zaterdag komen de bewoners van de straat samen om met elkaar te praten over de plannen voor het nieuwe plein.";
		ReadabilityReport report = Readability.of(sentence + " Kom je ook?");
		assertThat(report.longSentences()).containsExactly(sentence);
		assertThat(report.words()).isEqualTo(24);
		// Kom(1) je(1) ook(1): 35 syllables in all.
		assertThat(report.syllables()).isEqualTo(35);
		assertThat(report.wordsPerSentence()).isEqualTo(12.0);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Er wordt veel gepraat.|true", "Het wordt koud.|false", "Het besluit werd gisteren verteld.|true",
					"De zaal is gesloten.|true", "Wij zijn blij.|false", "Dit is geen probleem.|false",
					"De gemeente is gezond.|false" })
	void hintsAtThePassiveVoice(String sentence, boolean passive) {
		assertThat(Readability.of(sentence).passiveSentences().isEmpty()).as(sentence).isNotEqualTo(passive);
	}

	@Test
	void noTextGivesAnEmptyReportAndNeverAnError() {
		assertThat(Readability.of(null).level()).isEqualTo(ReadabilityReport.Level.NONE);
		assertThat(Readability.of("   ").words()).isZero();
		assertThat(Readability.of("## Alleen een kop").words()).isZero();
		assertThat(Readability.of("2026 ... !!! ??").words()).isZero();
	}

}
