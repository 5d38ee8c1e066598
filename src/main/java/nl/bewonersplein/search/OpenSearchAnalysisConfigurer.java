package nl.bewonersplein.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link DutchAnalysisConfigurer} for the OpenSearch backend (profile
 * {@code opensearch}, ADR 0015): the same names, the same chain of built-in filters in
 * the same order, and the same word lists ({@link WordLists}) passed inline. Synonyms are
 * not part of the analysis on either backend: {@link Synonyms} expands the query.
 */
public class OpenSearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	static final String STOP = "dutch_stop";

	static final String STEM_OVERRIDE = "dutch_stem_override";

	static final String KP = "dutch_kp";

	static final String COMPOUNDS = "dutch_compounds";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenFilter(STOP)
			.type("stop")
			.param("stopwords", WordLists.stopWords().toArray(String[]::new))
			.param("ignore_case", true);
		context.tokenFilter(STEM_OVERRIDE)
			.type("stemmer_override")
			.param("rules", WordLists.stemOverrideRules().toArray(String[]::new));
		context.tokenFilter(KP).type("snowball").param("language", "Kp");
		context.tokenFilter(COMPOUNDS)
			.type("dictionary_decompounder")
			.param("word_list", WordLists.compoundParts().toArray(String[]::new))
			.param("min_subword_size", 4)
			.param("max_subword_size", 30)
			.param("only_longest_match", false);
		context.analyzer(DutchAnalysisConfigurer.EXACT)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.analyzer(DutchAnalysisConfigurer.STEM)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", STOP, "asciifolding", STEM_OVERRIDE, KP);
		context.analyzer(DutchAnalysisConfigurer.DUTCH)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", STOP, "asciifolding", COMPOUNDS, STEM_OVERRIDE, KP, "remove_duplicates");
	}

}
