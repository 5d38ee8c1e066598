package nl.bewonersplein.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import nl.bewonersplein.site.KeptData;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "More like this" from the index: what is most like a page that is itself indexed, by
 * the words that characterise it (most in its title, then its summary, then its body) and
 * its themes. Other modules' related blocks use it as a signal after editors' pins and
 * shared themes. Reads only the index: no database statement. Over a large index that
 * search is the dearest part of a page, so its results are kept until the index changes
 * (at most a minute).
 */
@Service
public class SimilarDocuments {

	/** The most words of a page that are asked for. */
	static final int TERMS = 12;

	private final EntityManager entityManager;

	private final SiteSearch search;

	private final Clock clock;

	/**
	 * What was found, until the index moves on ({@link KeptData}) and for at most
	 * {@link #FRESH} (what may be found changes with the clock).
	 */
	private final KeptData.Kept<Map<Asked, Found>> kept;

	/** How long a result is used again at most. */
	static final Duration FRESH = Duration.ofMinutes(1);

	/** The most results kept (of as many pages); then they are forgotten at once. */
	static final int KEPT = 5000;

	private record Asked(String url, Set<String> leaveOut, int limit) {

	}

	private record Found(Instant at, List<Similar> items) {

	}

	SimilarDocuments(EntityManager entityManager, SiteSearch search, Clock clock, KeptData kept) {
		this.kept = kept.of(ConcurrentHashMap::new);
		this.entityManager = entityManager;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * One similar item.
	 *
	 * @param title its title
	 * @param url where it is
	 * @param kind its kind ({@code news}, {@code event}, ...); its label is the message
	 * {@code search.kind.<kind>}
	 * @param summary its summary, may be empty
	 * @param date its date, or null
	 */
	public record Similar(String title, String url, String kind, String summary, Instant date) {

	}

	/**
	 * Up to {@code limit} items most like the page at {@code url}, best first, never the
	 * page itself nor one of {@code leaveOut}; only what may be found now. Empty if the
	 * page is not indexed.
	 */
	@Transactional(readOnly = true)
	public List<Similar> like(String url, Collection<String> leaveOut, int limit) {
		Map<Asked, Found> found = this.kept.get();
		Asked asked = new Asked(url, Set.copyOf(leaveOut), limit);
		Instant now = this.clock.instant();
		Found earlier = found.get(asked);
		if (earlier != null && !now.isBefore(earlier.at()) && now.isBefore(earlier.at().plus(FRESH))) {
			return earlier.items();
		}
		List<Similar> items = search(url, leaveOut, limit);
		if (found.size() >= KEPT) {
			found.clear();
		}
		found.put(asked, new Found(now, items));
		return items;
	}

	private List<Similar> search(String url, Collection<String> leaveOut, int limit) {
		SearchSession session = Search.session(this.entityManager);
		List<List<?>> self = session.search(IndexedDocument.class)
			.select((f) -> f.composite()
				.from(f.field("title", String.class), f.field("summary", String.class), f.field("body", String.class),
						f.field("theme", String.class)
							.collector(org.hibernate.search.engine.search.projection.ProjectionCollector.list()))
				.asList())
			.where((f) -> f.match().field("url").matching(url))
			.fetchHits(1);
		if (self.isEmpty() || limit <= 0) {
			return List.of();
		}
		List<?> page = self.get(0);
		Map<String, Float> terms = terms((String) page.get(0), (String) page.get(1), (String) page.get(2));
		@SuppressWarnings("unchecked")
		List<String> themes = (List<String>) page.get(3);
		if (terms.isEmpty() && themes.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return session.search(IndexedDocument.class)
			.select((f) -> f.composite()
				.from(f.field("title", String.class), f.field("url", String.class), f.field("kind", String.class),
						f.field("summary", String.class), f.field("date", Instant.class))
				.asList((values) -> new Similar((String) values.get(0), (String) values.get(1), (String) values.get(2),
						(String) values.get(3), (Instant) values.get(4))))
			.where((f) -> {
				BooleanPredicateClausesStep<?, ?> bool = f.bool();
				terms.forEach((term,
						weight) -> bool.should(f.match()
							.field("title")
							.boost(3f)
							.field("summary")
							.boost(2f)
							.field("body")
							.matching(term)
							.boost(weight)));
				for (String theme : themes) {
					bool.should(f.match().field("theme").matching(theme).constantScore().boost(3f));
				}
				// At least two things in common: one shared word is chance.
				bool.minimumShouldMatchNumber(Math.min(2, terms.size() + themes.size()));
				bool.mustNot(f.match().field("url").matching(url));
				Set<String> excluded = Set.copyOf(leaveOut);
				if (!excluded.isEmpty()) {
					bool.mustNot(f.terms().field("url").matchingAny(excluded));
				}
				this.search.visible(f, bool, now);
				return bool;
			})
			.fetchHits(limit);
	}

	/**
	 * The words that characterise a page, with weights: a word counts 3 in the title, 2
	 * in the summary and 1 in the body; stop words and short words do not count. The
	 * {@link #TERMS} heaviest, each weight between 1 and 2 so no one word decides.
	 */
	static Map<String, Float> terms(String title, String summary, String body) {
		Map<String, Integer> counts = new HashMap<>();
		count(counts, title, 3);
		count(counts, summary, 2);
		count(counts, (body == null) ? null : Words.plain(body), 1);
		int top = counts.values().stream().max(Integer::compare).orElse(1);
		Map<String, Float> terms = new java.util.LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TERMS)
			.forEach((entry) -> terms.put(entry.getKey(), 1f + (float) entry.getValue() / top));
		return terms;
	}

	private static void count(Map<String, Integer> counts, String text, int weight) {
		if (text == null) {
			return;
		}
		for (String word : Words.of(text)) {
			if (word.length() >= 4 && !Words.isStopWord(word) && !word.chars().allMatch(Character::isDigit)) {
				counts.merge(word, weight, Integer::sum);
			}
		}
	}

}
