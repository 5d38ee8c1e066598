package nl.bewonersplein.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over every indexed document, ranked by the policy of ADR 0014: per
 * word, an exact title word beats a stem, a stem beats a compound part, a compound part
 * beats a typo; title and summary outweigh the body; newer content and upcoming events
 * get a mild lift. Facet counts, highlighted snippets and a spelling suggestion come with
 * each page of hits.
 */
@Service
@Transactional(readOnly = true)
class SiteSearch {

	static final int PAGE_SIZE = 10;

	/** Begin and end of a highlighted match in a snippet, replaced after escaping. */
	static final String MARK_START = "\u0001";

	static final String MARK_END = "\u0002";

	static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");

	static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	static final AggregationKey<Map<String, Long>> REGIONS = AggregationKey.of("regions");

	static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");

	private final EntityManager entityManager;

	private final Clock clock;

	private final Synonyms synonyms;

	private final SearchState state;

	SiteSearch(EntityManager entityManager, Clock clock, Synonyms synonyms, SearchState state) {
		this.entityManager = entityManager;
		this.clock = clock;
		this.synonyms = synonyms;
		this.state = state;
	}

	/** Narrowing by facet; null means any. */
	record Filters(String kind, String theme, String region, Integer year) {

		static final Filters NONE = new Filters(null, null, null, null);

	}

	/** One hit as found, before it is formatted for the page. */
	record Hit(String kind, String url, String title, String summary, String snippet, Instant date, Instant endsAt,
			List<String> themes, List<String> regions) {

	}

	/** A page of hits with the counts per facet value and a spelling suggestion. */
	record Page(long total, List<Hit> hits, Map<String, Long> kinds, Map<String, Long> themes,
			Map<String, Long> regions, Map<Integer, Long> years, String suggestion) {

	}

	SearchQuery parse(String text) {
		return SearchQuery.parse(text, this.synonyms.groups());
	}

	/** One page (from 0) of hits for the query, best first. */
	Page search(String text, Filters filters, int page) {
		SearchQuery query = parse(text);
		String suggestion = suggestion(text, query);
		if (query.isEmpty()) {
			return new Page(0, List.of(), Map.of(), Map.of(), Map.of(), Map.of(), suggestion);
		}
		Instant now = this.clock.instant();
		SearchSession session = Search.session(this.entityManager);
		SearchResult<Hit> result = session.search(IndexedDocument.class)
			.select((f) -> f.composite()
				.from(f.field("kind", String.class), f.field("url", String.class), f.field("title", String.class),
						f.field("summary", String.class), f.highlight("body"), f.highlight("summary"),
						f.field("date", Instant.class), f.field("endsAt", Instant.class),
						f.field("theme", String.class)
							.collector(org.hibernate.search.engine.search.projection.ProjectionCollector.list()),
						f.field("region", String.class)
							.collector(org.hibernate.search.engine.search.projection.ProjectionCollector.list()))
				.asList(SiteSearch::hit))
			.where((f) -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool();
				for (SearchQuery.Unit unit : query.units()) {
					bool.must(unit(f, unit));
				}
				if (query.words().size() > 1) {
					// Someone who types a whole title means that item.
					bool.should(f.phrase()
						.field("title_exact")
						.matching(String.join(" ", query.words()))
						.constantScore()
						.boost(10f));
				}
				visible(f, bool, now);
				narrow(f, bool, filters);
				lift(f, bool, now);
				return bool;
			})
			.sort((f) -> f.score().then().field("date").desc().missing().last())
			.highlighter(
					(f) -> f.plain().tag(MARK_START, MARK_END).fragmentSize(220).numberOfFragments(1).noMatchSize(0))
			.aggregation(KINDS, (f) -> f.terms().field("kind", String.class).maxTermCount(20))
			.aggregation(THEMES, (f) -> f.terms().field("theme", String.class).maxTermCount(30))
			.aggregation(REGIONS, (f) -> f.terms().field("region", String.class).maxTermCount(10))
			.aggregation(YEARS, (f) -> f.terms().field("year", Integer.class).maxTermCount(30))
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		return new Page(result.total().hitCount(), result.hits(), result.aggregation(KINDS), result.aggregation(THEMES),
				result.aggregation(REGIONS), sortedYears(result.aggregation(YEARS)), suggestion);
	}

	@SuppressWarnings("unchecked")
	private static Hit hit(List<?> values) {
		List<String> bodyMarks = (List<String>) values.get(4);
		List<String> summaryMarks = (List<String>) values.get(5);
		String snippet;
		if (!bodyMarks.isEmpty()) {
			snippet = bodyMarks.get(0);
		}
		else if (!summaryMarks.isEmpty()) {
			snippet = summaryMarks.get(0);
		}
		else {
			snippet = (String) values.get(3);
		}
		return new Hit((String) values.get(0), (String) values.get(1), (String) values.get(2), (String) values.get(3),
				snippet, (Instant) values.get(6), (Instant) values.get(7), (List<String>) values.get(8),
				(List<String>) values.get(9));
	}

	private static Map<Integer, Long> sortedYears(Map<Integer, Long> years) {
		Map<Integer, Long> sorted = new LinkedHashMap<>();
		years.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach((y) -> sorted.put(y, years.get(y)));
		return sorted;
	}

	/** Only what may be found now, and never a page another document stands in for. */
	void visible(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Instant now) {
		bool.filter(f.or(f.not(f.exists().field("visibleFrom")), f.range().field("visibleFrom").atMost(now)));
		if (!this.state.replaced().isEmpty()) {
			bool.filter(f.not(f.terms().field("url").matchingAny(this.state.replaced())));
		}
	}

	private static void narrow(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Filters filters) {
		if (filters.kind() != null) {
			bool.filter(f.match().field("kind").matching(filters.kind()));
		}
		if (filters.theme() != null) {
			bool.filter(f.match().field("theme").matching(filters.theme()));
		}
		if (filters.region() != null) {
			bool.filter(f.match().field("region").matching(filters.region()));
		}
		if (filters.year() != null) {
			bool.filter(f.match().field("year").matching(filters.year()));
		}
	}

	/** The mild lifts of the ranking policy: recent content, upcoming events. */
	private static void lift(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Instant now) {
		bool.should(f.range().field("date").between(now.minus(Duration.ofDays(90)), now).constantScore().boost(1.5f));
		bool.should(f.range().field("date").between(now.minus(Duration.ofDays(365)), now).constantScore().boost(1f));
		bool.should(f.range().field("endsAt").atLeast(now).constantScore().boost(5f));
	}

	private static PredicateFinalStep unit(SearchPredicateFactory f, SearchQuery.Unit unit) {
		if (unit instanceof SearchQuery.Term term) {
			return word(f, term.word(), 1f);
		}
		if (unit instanceof SearchQuery.Phrase phrase) {
			return exactPhrase(f, phrase.words());
		}
		SearchQuery.Synonym synonym = (SearchQuery.Synonym) unit;
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		any.should(words(f, synonym.words(), 1f));
		for (List<String> alternative : synonym.alternatives()) {
			any.should(words(f, alternative, 0.8f));
		}
		return any;
	}

	private static PredicateFinalStep words(SearchPredicateFactory f, List<String> words, float factor) {
		return (words.size() == 1) ? word(f, words.get(0), factor) : stemmedPhrase(f, words, factor);
	}

	/**
	 * One word, scored in tiers (ADR 0014): exact title word 16, stem 8, compound part 4,
	 * typo 2; summary 6/3/1.5/0.75; context 4/2; the body by BM25 (its compound parts at
	 * half), a typo there 0.25. A match in a higher tier also matches the lower ones, so
	 * the sums keep the order.
	 */
	static PredicateFinalStep word(SearchPredicateFactory f, String word, float factor) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		int edits = Words.allowedEdits(word);
		tiers(f, any, "title", word, edits, 16f * factor);
		tiers(f, any, "summary", word, edits, 6f * factor);
		any.should(f.match().field("context_exact").matching(word).constantScore().boost(2f * factor));
		any.should(f.match().field("context").matching(word).constantScore().boost(2f * factor));
		any.should(f.match().field("body").matching(word).boost(factor));
		any.should(f.match().field("body_parts").matching(word).boost(0.5f * factor));
		if (edits > 0) {
			any.should(
					f.match().field("body_exact").matching(word).fuzzy(edits, 1).constantScore().boost(0.25f * factor));
		}
		return any;
	}

	private static void tiers(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> any, String field,
			String word, int edits, float top) {
		any.should(f.match().field(field + "_exact").matching(word).constantScore().boost(top));
		any.should(f.match().field(field).matching(word).constantScore().boost(top / 2));
		any.should(f.match().field(field + "_parts").matching(word).constantScore().boost(top / 4));
		if (edits > 0) {
			any.should(f.match().field(field + "_exact").matching(word).fuzzy(edits, 1).constantScore().boost(top / 8));
		}
	}

	private static PredicateFinalStep exactPhrase(SearchPredicateFactory f, List<String> words) {
		String text = String.join(" ", words);
		return f.bool()
			.should(f.phrase().field("title_exact").matching(text).constantScore().boost(16f))
			.should(f.phrase().field("summary_exact").matching(text).constantScore().boost(6f))
			.should(f.phrase().field("context_exact").matching(text).constantScore().boost(4f))
			.should(f.phrase().field("body_exact").matching(text))
			.should(f.phrase().field("body").matching(text));
	}

	private static PredicateFinalStep stemmedPhrase(SearchPredicateFactory f, List<String> words, float factor) {
		String text = String.join(" ", words);
		return f.bool()
			.should(f.phrase().field("title").matching(text).constantScore().boost(12f * factor))
			.should(f.phrase().field("summary").matching(text).constantScore().boost(4.5f * factor))
			.should(f.phrase().field("context").matching(text).constantScore().boost(2f * factor))
			.should(f.phrase().field("body").matching(text).boost(factor));
	}

	/**
	 * "Bedoelde je …?": the query with each unknown word replaced by the closest word in
	 * the index, or null when every word is known.
	 */
	String suggestion(String text, SearchQuery query) {
		Vocabulary vocabulary = this.state.vocabulary();
		List<String> words = new ArrayList<>();
		boolean corrected = false;
		for (String word : Words.of(text.replace('"', ' '))) {
			String correction = (query.terms().contains(word)) ? vocabulary.correction(word) : null;
			words.add((correction != null) ? correction : word);
			corrected |= correction != null;
		}
		return corrected ? String.join(" ", words) : null;
	}

}
