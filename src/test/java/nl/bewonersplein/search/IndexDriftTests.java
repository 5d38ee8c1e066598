package nl.bewonersplein.search;

import jakarta.persistence.EntityManagerFactory;
import nl.bewonersplein.SiteTest;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, defect 10: a row the index never saw (the process died between the commit and
 * the indexing) is found and indexed at the next start.
 */
@SiteTest
class IndexDriftTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	IndexBootstrap bootstrap;

	@Test
	void aDocumentMissingFromTheIndexIsIndexedAtStartUp() throws Exception {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		SearchIndexedEntity<?> themes = mapping.allIndexedEntities()
			.stream()
			.filter((entity) -> entity.javaClass() == IndexedDocument.class)
			.findFirst()
			.orElseThrow();
		long before = documents(mapping, themes.javaClass());
		assertThat(before).isPositive();
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			Object id = entityManager.createQuery("select min(d.id) from IndexedDocument d").getSingleResult();
			entityManager.getTransaction().begin();
			Search.session(entityManager).indexingPlan().purge(themes.javaClass(), id, null);
			entityManager.getTransaction().commit();
		}
		assertThat(documents(mapping, themes.javaClass())).as("as after a crash").isEqualTo(before - 1);

		this.bootstrap.run(null);

		assertThat(documents(mapping, themes.javaClass())).isEqualTo(before);
	}

	private long documents(SearchMapping mapping, Class<?> type) {
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(mapping.scope(type))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}
