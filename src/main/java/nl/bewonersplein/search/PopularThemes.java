package nl.bewonersplein.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The themes with the most findable content, offered when a search finds nothing. */
@Component
class PopularThemes {

	private final EntityManager entityManager;

	private final SiteSearch search;

	private final Clock clock;

	PopularThemes(EntityManager entityManager, SiteSearch search, Clock clock) {
		this.entityManager = entityManager;
		this.search = search;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<String> themes() {
		var result = Search.session(this.entityManager).search(IndexedDocument.class).where((f) -> {
			var bool = f.bool().must(f.matchAll());
			this.search.visible(f, bool, this.clock.instant());
			return bool;
		}).aggregation(SiteSearch.THEMES, (f) -> f.terms().field("theme", String.class).maxTermCount(5)).fetch(0);
		Map<String, Long> counts = result.aggregation(SiteSearch.THEMES);
		return List.copyOf(counts.keySet());
	}

}
