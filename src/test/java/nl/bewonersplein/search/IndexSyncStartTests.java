package nl.bewonersplein.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.audit.Audited;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up runners' staff changes (every demo loader's) are left to the start's sync,
 * which runs after them, instead of each comparing every module with the index; from the
 * start's sync on, every staff change syncs at once.
 */
@SiteTest
class IndexSyncStartTests {

	@Autowired
	List<SearchSource> sources;

	@Autowired
	IndexedDocumentRepository documents;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	SearchState state;

	@Test
	void staffChangesSyncOnlyFromTheStartsSyncOn() {
		AtomicInteger asked = new AtomicInteger();
		List<SearchSource> all = new ArrayList<>(this.sources);
		all.add(SearchSource.of("start-test", () -> {
			asked.incrementAndGet();
			return Map.of();
		}, (keys) -> List.of()));
		// A fresh node's sync, as it is while the start-up runners load the demo.
		IndexSync sync = new IndexSync(all, this.documents, this.transactions, this.clock, this.state);
		Audited change = new Change("article.published", "Artikel 1");

		sync.staffChanged(change);
		sync.staffChanged(change);
		assertThat(asked).as("asked before the start's sync").hasValue(0);

		sync.bootstrap();
		assertThat(asked).as("asked by the start's sync").hasValue(1);

		sync.staffChanged(change);
		assertThat(asked).as("asked after a staff change once started").hasValue(2);
	}

	record Change(String action, String subject) implements Audited {
	}

}
