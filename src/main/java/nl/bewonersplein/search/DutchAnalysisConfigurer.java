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
 * The {@code dutch} analyzer: lower case, Dutch stop words, accents folded ("café" finds
 * "cafe"), compounds split against our own word list ("initiatief" finds
 * "bewonersinitiatieven"), then the Kp stemmer, except for the words in
 * {@code search/stem-overrides.txt} where Kp gives singular and plural different stems.
 */
public class DutchAnalysisConfigurer implements LuceneAnalysisConfigurer {

	/** Name of the analyzer for full-text fields in Dutch. */
	public static final String DUTCH = "dutch";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(DUTCH)
			.custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
			.param("words", "org/apache/lucene/analysis/snowball/dutch_stop.txt")
			.param("format", "snowball")
			.param("ignoreCase", "true")
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(DictionaryCompoundWordTokenFilterFactory.class)
			.param("dictionary", "search/compound-parts.txt")
			.param("minSubwordSize", "4")
			.param("onlyLongestMatch", "false")
			.tokenFilter(StemmerOverrideFilterFactory.class)
			.param("dictionary", "search/stem-overrides.txt")
			.tokenFilter(SnowballPorterFilterFactory.class)
			.param("language", "Kp")
			.tokenFilter(RemoveDuplicatesTokenFilterFactory.class);
	}

}
