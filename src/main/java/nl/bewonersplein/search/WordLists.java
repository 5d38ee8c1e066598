package nl.bewonersplein.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists of the analysis, read from the class path: the single source for both
 * backends. {@link DutchAnalysisConfigurer} hands Lucene their resource names;
 * {@link OpenSearchAnalysisConfigurer} passes their words inline, since OpenSearch cannot
 * read our class path.
 */
final class WordLists {

	private WordLists() {
	}

	/** The Dutch stop words (snowball format: a word, then optionally "| comment"). */
	static List<String> stopWords() {
		List<String> words = new ArrayList<>();
		for (String line : lines(DutchAnalysisConfigurer.STOP_WORDS)) {
			String word = line.replaceAll("\\|.*", "").strip();
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	/** Our compound parts, one a line. */
	static List<String> compoundParts() {
		return lines(DutchAnalysisConfigurer.COMPOUND_PARTS).stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
	}

	/**
	 * The stem overrides as rules {@code "word => stem"}; the file has a word and its
	 * stem on each line, separated by a tab.
	 */
	static List<String> stemOverrideRules() {
		List<String> rules = new ArrayList<>();
		for (String line : lines(DutchAnalysisConfigurer.STEM_OVERRIDES)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] pair = line.split("\t", 2);
			if (pair.length != 2) {
				throw new IllegalStateException(
						"Not \"word<tab>stem\" in " + DutchAnalysisConfigurer.STEM_OVERRIDES + ": " + line);
			}
			rules.add(pair[0].strip() + " => " + pair[1].strip());
		}
		return rules;
	}

	private static List<String> lines(String resource) {
		List<String> lines = new ArrayList<>();
		try (var in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lines.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return lines;
	}

}
