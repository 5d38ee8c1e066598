package nl.bewonersplein.search;

import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index (Lucene backend; {@code OpenSearchAnalysisConfigurer}
 * defines the same for OpenSearch):
 * <ul>
 * <li>{@code exact}: words as written, lower case, accents folded ("café" finds "cafe");
 * stop words kept, so that phrases in quotes match exactly;</li>
 * <li>{@code dutch_stem}: also without Dutch stop words and reduced to their stem by the
 * Kp stemmer, except for the words in {@code search/stem-overrides.txt} where Kp gives
 * singular and plural different stems;</li>
 * <li>{@code dutch}: also split into the compound parts of our own word list
 * {@code search/compound-parts.txt} ("initiatief" finds "bewonersinitiatieven"). Used
 * only when indexing: a query is not split, so "buurthuis" does not find every
 * "buurt".</li>
 * </ul>
 */
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/**
	 * Stemmed and split into compound parts (index side of the {@code _parts} fields).
	 */
	public static final String DUTCH = "dutch";

	/** Stemmed, not split. */
	public static final String STEM = "dutch_stem";

	/** As written, folded. */
	public static final String EXACT = "exact";

	static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/dutch_stop.txt";

	static final String COMPOUND_PARTS = "search/compound-parts.txt";

	static final String STEM_OVERRIDES = "search/stem-overrides.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(EXACT)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(STEM)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS)
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StemmerOverrideFilterFactory.class)
			.param("dictionary", STEM_OVERRIDES)
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Kp");
		context.analyzer(DUTCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", STOP_WORDS)
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
			.param("dictionary", COMPOUND_PARTS)
			.param("minSubwordSize", "4")
			.param("maxSubwordSize", "30")
			.param("onlyLongestMatch", "false")
			.tokenFilter(StemmerOverrideFilterFactory.class)
			.param("dictionary", STEM_OVERRIDES)
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Kp")
			.tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
	}

}
