package nl.bewonersplein.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words as search compares them outside the index: lower case, accents folded, split on
 * anything that is not a letter or digit; the Dutch stop words.
 */
final class Words {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Set<String> STOP = load(DutchAnalysisConfigurer.STOP_WORDS);

	private Words() {
	}

	/** Lower case without accents: "Coöperatie" becomes "cooperatie". */
	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
	}

	/** The folded words of a text, in order. */
	static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_WORD.split(fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * Text without Markdown marks, links reduced to their text, and without control
	 * characters (which the snippets use as highlight marks).
	 */
	static String plain(String markdown) {
		return markdown.replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
			.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
			.replaceAll("[#>*_`|]+", " ")
			.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
	}

	static boolean isStopWord(String foldedWord) {
		return STOP.contains(foldedWord);
	}

	/**
	 * The optimal string alignment distance (Levenshtein with swaps of neighbours), or
	 * {@code max + 1} as soon as it exceeds {@code max}.
	 */
	static int distance(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return max + 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int best = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
				best = Math.min(best, d[i][j]);
			}
			if (best > max) {
				return max + 1;
			}
		}
		return d[a.length()][b.length()];
	}

	/**
	 * How many edits a word may be away and still be taken as a typo of it: none for
	 * short words (too many real words are one letter apart), one from 5 letters, two
	 * from 9.
	 */
	static int allowedEdits(String word) {
		if (word.length() >= 9) {
			return 2;
		}
		return (word.length() >= 5) ? 1 : 0;
	}

	private static Set<String> load(String resource) {
		Set<String> words = new HashSet<>();
		try (var in = Words.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				// Snowball format: a word, then optionally "| comment".
				String word = line.replaceAll("\\|.*", "").strip();
				if (!word.isEmpty()) {
					words.add(fold(word));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return words;
	}

}
