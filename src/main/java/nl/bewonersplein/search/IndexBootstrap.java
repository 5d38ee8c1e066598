package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the search index holds what the modules publish before the site accepts
 * traffic: it runs after the modules' demo loaders, brings {@code search_document} in
 * step with the modules' {@link SearchSource}s ({@link IndexSync}), and rebuilds the
 * index when it is still empty while the database is not: a new node, a lost index
 * directory or an in-memory index. Spring Boot reports the site ready only after every
 * {@code ApplicationRunner}, this one included. Logs once what the index holds and how
 * long building it took. A non-empty index is brought in step with the database: each
 * indexed type whose number of documents differs from its number of rows (a write that
 * committed to the database while the process died before the index saw it) is indexed
 * again. Edits lost that way are not detected by counting; a full re-index repairs them.
 */
@Component
@Order(IndexBootstrap.ORDER)
class IndexBootstrap implements ApplicationRunner {

	/** After every module's demo loader (they use orders below 1000). */
	static final int ORDER = 1000;

	private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	private final IndexSync sync;

	private final SearchState state;

	IndexBootstrap(EntityManagerFactory entityManagerFactory, IndexSync sync, SearchState state) {
		this.entityManagerFactory = entityManagerFactory;
		this.sync = sync;
		this.state = state;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		int changed = this.sync.bootstrap();
		log.info("Search documents brought in step with the modules: {} written or removed", changed);
		this.state.rebuildVocabulary();
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		if (countDocuments(mapping, Object.class) > 0) {
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
				mapping.scope(drifted).massIndexer().threadsToLoadObjects(1).monitor(new Counting()).startAndWait();
			}
			log.info("Search index ready: {}", describe(mapping));
			return;
		}
		long start = System.nanoTime();
		Counting monitor = new Counting();
		mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).monitor(monitor).startAndWait();
		log.info("Search index built from the database in {} ms: {}", (System.nanoTime() - start) / 1_000_000,
				describe(mapping));
	}

	/** E.g. "42 documents (Article 30, ToolkitItem 12)". */
	private String describe(SearchMapping mapping) {
		Map<String, Long> perType = new TreeMap<>();
		long total = 0;
		for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
			long count = countDocuments(mapping, entity.javaClass());
			perType.put(entity.jpaName(), count);
			total += count;
		}
		return total + " documents " + perType.toString().replace('{', '(').replace('}', ')').replace("=", " ");
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

	/**
	 * Replaces Hibernate Search's own progress log, whose summary ("Indexed 0/0
	 * entities", a duration measured from the wrong moment) confused readers.
	 */
	private static final class Counting implements MassIndexingMonitor {

		private final AtomicLong added = new AtomicLong();

		@Override
		public void documentsAdded(long increment) {
			this.added.addAndGet(increment);
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
			log.debug("Mass indexing added {} documents", this.added.get());
		}

	}

}
