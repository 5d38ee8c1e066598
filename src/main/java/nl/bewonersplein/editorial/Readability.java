package nl.bewonersplein.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Writing help for plain Dutch (taalniveau B1): the Flesch-Douma score of a CommonMark
 * body (206.835 − 0.93 × words per sentence − 77 × syllables per word), the average
 * sentence length, the sentences over 20 words, the words over 4 syllables and the
 * sentences that may be in the passive voice. Only the running text counts: paragraphs,
 * list items, quotes and table cells, not headings, image descriptions, code or a line
 * that holds only a link (a video). Every paragraph ends a sentence, as do ., ! and ?
 * before a capital, a digit or the end (so "bijv. de" and "o.a." do not). Words are runs
 * of letters (with ' and - inside); numbers are not words. Advice only: nothing here ever
 * stops a save.
 */
public final class Readability {

	/** Longer sentences are marked. */
	public static final int LONG_SENTENCE = 20;

	/** Words with more syllables are marked. */
	public static final int LONG_WORD = 4;

	/** The score the B1 advice asks for. */
	public static final int TARGET_SCORE = 60;

	/** The average sentence length the B1 advice asks for at most. */
	public static final int TARGET_SENTENCE = 15;

	private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

	private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"'”’)]*(?=\\s+[\\p{Lu}\\p{N}\"'“‘(]|\\s*$)");

	private static final Pattern ONLY_LINK = Pattern.compile("\\s*(https?://\\S+)?\\s*");

	private static final Set<String> ABBREVIATIONS = Set.of("bijv", "bv", "dhr", "mevr", "mr", "dr", "drs", "ir",
			"prof", "ing", "nr", "blz", "ca", "enz", "etc", "jl", "st", "vs", "zgn", "resp", "evt", "incl", "excl",
			"tel", "afb", "hfd", "a", "d", "t", "v", "z");

	private Readability() {
	}

	/** The report on a CommonMark body; an empty report for null or blank text. */
	public static ReadabilityReport of(String commonMark) {
		if (commonMark == null || commonMark.isBlank()) {
			return ReadabilityReport.EMPTY;
		}
		List<String> sentences = new ArrayList<>();
		for (String paragraph : paragraphs(commonMark)) {
			sentences.addAll(sentences(paragraph));
		}
		int words = 0;
		int syllables = 0;
		List<String> longSentences = new ArrayList<>();
		List<ReadabilityReport.LongWord> longWords = new ArrayList<>();
		List<String> passive = new ArrayList<>();
		Set<String> seenLong = new java.util.HashSet<>();
		int counted = 0;
		for (String sentence : sentences) {
			List<String> inSentence = words(sentence);
			if (inSentence.isEmpty()) {
				continue;
			}
			counted++;
			words += inSentence.size();
			for (String word : inSentence) {
				int count = DutchSyllables.count(word);
				syllables += count;
				if (count > LONG_WORD && seenLong.add(word.toLowerCase(Locale.ROOT))) {
					longWords.add(new ReadabilityReport.LongWord(word, count));
				}
			}
			if (inSentence.size() > LONG_SENTENCE) {
				longSentences.add(sentence);
			}
			if (PassiveVoice.mayBePassive(inSentence)) {
				passive.add(sentence);
			}
		}
		if (words == 0) {
			return ReadabilityReport.EMPTY;
		}
		double perSentence = (double) words / counted;
		double score = 206.835 - 0.93 * perSentence - 77.0 * syllables / words;
		return new ReadabilityReport(words, counted, syllables, score, perSentence, longSentences, longWords, passive);
	}

	/** The words of a sentence as this class counts them. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/** The sentences of one paragraph's text. */
	static List<String> sentences(String paragraph) {
		List<String> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE_END.matcher(paragraph);
		int start = 0;
		while (matcher.find()) {
			String before = paragraph.substring(start, matcher.start());
			if (matcher.group().startsWith(".") && isAbbreviation(before)) {
				continue;
			}
			add(sentences, paragraph.substring(start, matcher.end()));
			start = matcher.end();
		}
		add(sentences, paragraph.substring(start));
		return sentences;
	}

	private static boolean isAbbreviation(String before) {
		Matcher last = Pattern.compile("(\\p{L}+)$").matcher(before);
		return last.find() && ABBREVIATIONS.contains(last.group(1).toLowerCase(Locale.ROOT));
	}

	private static void add(List<String> sentences, String sentence) {
		String stripped = sentence.strip();
		if (!stripped.isEmpty()) {
			sentences.add(stripped);
		}
	}

	/**
	 * The text of each paragraph (also in lists, quotes and tables), links as their text.
	 */
	static List<String> paragraphs(String commonMark) {
		Node document = PARSER.parse(commonMark);
		List<String> paragraphs = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Paragraph paragraph) {
				add(paragraph);
			}

			@Override
			public void visit(org.commonmark.node.CustomBlock block) {
				visitChildren(block);
			}

			@Override
			public void visit(org.commonmark.node.CustomNode node) {
				if (node instanceof org.commonmark.ext.gfm.tables.TableCell) {
					add(node);
				}
				else {
					visitChildren(node);
				}
			}

			private void add(Node block) {
				StringBuilder text = new StringBuilder();
				collect(block, text);
				String plain = text.toString().strip();
				if (!ONLY_LINK.matcher(plain).matches()) {
					paragraphs.add(plain);
				}
			}
		});
		return paragraphs;
	}

	private static void collect(Node node, StringBuilder text) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text t) {
				text.append(t.getLiteral());
			}
			else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
				text.append(' ');
			}
			else if (child instanceof Code || child instanceof Image) {
				text.append(' ');
			}
			else {
				collect(child, text);
			}
		}
	}

}
