package nl.bewonersplein.search;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search over every indexed type, by the shared field contract. */
@Service
@Transactional(readOnly = true)
class SiteSearch {

	static final int PAGE_SIZE = 10;

	private final EntityManager entityManager;

	private final Clock clock;

	SiteSearch(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/** One page (from 0) of hits for the query, best first. */
	Page search(String query, int page) {
		SearchSession session = Search.session(this.entityManager);
		SearchMapping mapping = Search.mapping(this.entityManager.getEntityManagerFactory());
		List<String> names = mapping.allIndexedEntities().stream().map(SearchIndexedEntity::jpaName).toList();
		SearchScope<Object> scope = session.scope(Object.class, names);
		SearchResult<SearchHit> result = session.search(scope)
			.select((f) -> f.composite()
				.from(f.field("title", String.class), f.field("summary", String.class), f.field("url", String.class),
						f.field("kind", String.class))
				.asList((values) -> new SearchHit((String) values.get(0), (String) values.get(1),
						(String) values.get(2), "search.kind." + values.get(3))))
			.where((f) -> f.bool()
				.must(f.simpleQueryString()
					.field("title")
					.boost(3f)
					.field("summary")
					.boost(2f)
					.field("body")
					.matching(query)
					.defaultOperator(BooleanOperator.AND))
				.filter(f.range().field("visibleFrom").atMost(this.clock.instant())))
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		return new Page(result.total().hitCount(), result.hits());
	}

	record Page(long total, List<SearchHit> hits) {

	}

}
