package nl.bewonersplein.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index at start-up when it is empty: a new node, a lost index
 * directory or an in-memory index always starts from what the database holds.
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
		long documents = countDocuments(mapping);
		if (documents == 0) {
			log.info("Search index is empty: indexing the database");
			mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).startAndWait();
		}
	}

	private long countDocuments(SearchMapping mapping) {
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(mapping.scope(Object.class))
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}
