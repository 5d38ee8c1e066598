package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the search index in step with the database at start-up. An empty index (a new
 * node, a lost index directory, an in-memory index) is built from scratch; otherwise each
 * indexed type whose number of documents differs from its number of rows (a write that
 * committed to the database while the process died before the index saw it) is indexed
 * again. Edits lost that way are not detected by counting; a full re-index repairs them.
 */
@Component
@Order(0)
class IndexBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	IndexBootstrap(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		if (countDocuments(mapping, Object.class) == 0) {
			log.info("Search index is empty: indexing the database");
			mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).startAndWait();
			return;
		}
		List<Class<?>> drifted = new ArrayList<>();
		for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
			long rows = countRows(entity.jpaName());
			long documents = countDocuments(mapping, entity.javaClass());
			if (rows != documents) {
				log.warn("Search index out of step for {}: {} rows, {} documents; indexing them again",
						entity.jpaName(), rows, documents);
				drifted.add(entity.javaClass());
			}
		}
		if (!drifted.isEmpty()) {
			mapping.scope(drifted).massIndexer().threadsToLoadObjects(1).startAndWait();
		}
	}

	private long countRows(String entityName) {
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			return entityManager.createQuery("select count(e) from " + entityName + " e", Long.class).getSingleResult();
		}
	}

	private long countDocuments(SearchMapping mapping, Class<?> type) {
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(mapping.scope(type))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}
