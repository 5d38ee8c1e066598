package nl.bewonersplein.search;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggestions while typing in the search box ({@code search.js}): up to six titles that
 * contain the words typed so far, the last one possibly unfinished. The page works
 * without them.
 */
@RestController
class SuggestionController {

	static final int LIMIT = 6;

	private final EntityManager entityManager;

	private final SiteSearch search;

	private final Clock clock;

	SuggestionController(EntityManager entityManager, SiteSearch search, Clock clock) {
		this.entityManager = entityManager;
		this.search = search;
		this.clock = clock;
	}

	/** One suggestion: a title, and where it is. */
	record Suggestion(String title, String url) {

	}

	@GetMapping(path = "/zoeken/suggesties", produces = "application/json")
	@Transactional(readOnly = true)
	ResponseEntity<List<Suggestion>> suggest(@RequestParam(name = "q", defaultValue = "") String q) {
		List<String> words = Words.of(SearchController.clean(q));
		if (words.isEmpty() || words.get(words.size() - 1).length() < 2) {
			return ResponseEntity.ok(List.of());
		}
		List<String> typed = words.subList(0, Math.min(words.size(), 6));
		List<Suggestion> suggestions = Search.session(this.entityManager)
			.search(IndexedDocument.class)
			.select((f) -> f.composite()
				.from(f.field("title", String.class), f.field("url", String.class))
				.as(Suggestion::new))
			.where((f) -> {
				var bool = f.bool();
				for (int i = 0; i < typed.size(); i++) {
					String word = typed.get(i);
					var any = f.bool()
						.should(f.match().field("title_exact").matching(word).constantScore().boost(2f))
						.should(f.match().field("title_parts").matching(word));
					if (i == typed.size() - 1) {
						any.should(f.prefix().field("title_exact").matching(word).constantScore());
					}
					bool.must(any);
				}
				this.search.visible(f, bool, this.clock.instant());
				return bool;
			})
			.sort((f) -> f.score().then().field("date").desc().missing().last())
			.fetchHits(LIMIT);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(suggestions);
	}

}
