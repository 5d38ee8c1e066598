package nl.bewonersplein.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import nl.bewonersplein.audit.Audited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code search_document} (and so the index) in step with the modules'
 * {@link SearchSource}s: compares their stamps with the indexed ones and fetches only
 * what changed. Runs right after every staff change commits (every {@link Audited}
 * event), so a change in the admin is found the moment the admin page answers; every
 * minute, for changes that no staff member made; and at start ({@link IndexBootstrap}).
 * Staff changes before that start (the start-up runners' demo content, each loader an
 * audited change) do not sync each: the start's sync, which runs after them, finds them
 * all at once. On a first start that was an eighth of the main thread.
 */
@Component
class IndexSync {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(IndexSync.class);

	private final List<SearchSource> sources;

	private final IndexedDocumentRepository documents;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Clock clock;

	private final SearchState state;

	private final ReentrantLock lock = new ReentrantLock();

	/** Whether {@link SearchState} has been given the replaced addresses since start. */
	private volatile boolean stateLoaded;

	/**
	 * Whether {@link #bootstrap} has begun: from then on every staff change syncs, and
	 * every change committed before is seen by the start's sync, which follows.
	 */
	private volatile boolean started;

	IndexSync(List<SearchSource> sources, IndexedDocumentRepository documents, PlatformTransactionManager transactions,
			Clock clock, SearchState state) {
		this.sources = sources;
		this.documents = documents;
		this.writing = new TransactionTemplate(transactions);
		this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reading.setReadOnly(true);
		this.clock = clock;
		this.state = state;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void staffChanged(Audited event) {
		if (this.started) {
			syncQuietly();
		}
	}

	@Scheduled(fixedDelayString = "${bewonersplein.search.sync-interval:60s}",
			initialDelayString = "${bewonersplein.search.sync-interval:60s}")
	void scheduled() {
		syncQuietly();
	}

	private void syncQuietly() {
		try {
			sync();
		}
		catch (RuntimeException ex) {
			// The change itself is saved; the next run brings the index in step.
			log.warn("Search index not brought in step; the next run retries", ex);
		}
	}

	/**
	 * The start's {@link #sync}, after the start-up runners that load content: from now
	 * on staff changes sync too.
	 */
	int bootstrap() {
		this.started = true;
		return sync();
	}

	/**
	 * Brings every source in step; returns how many documents were written or removed.
	 */
	int sync() {
		this.lock.lock();
		try {
			int changed = 0;
			for (SearchSource source : this.sources) {
				changed += syncSource(source, false, (done) -> {
				});
			}
			changed += removeUnknownSources();
			// Also at the first run when nothing changed: a restarted node (or a second
			// node) finds the documents already written and must still leave out the
			// pages they replace.
			if (changed > 0 || !this.stateLoaded) {
				this.state.changed(this.documents.replacedUrls());
				this.stateLoaded = true;
			}
			return changed;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The number of documents the sources offer now (for the progress of a re-index). */
	long offered() {
		long total = 0;
		for (SearchSource source : this.sources) {
			total += this.reading.execute((status) -> source.stamps().size());
		}
		return total;
	}

	/**
	 * Writes every document of every source again, whether changed or not, a batch at a
	 * time, so that search keeps answering meanwhile.
	 */
	void rewriteAll(LongConsumer progress) {
		for (SearchSource source : this.sources) {
			syncSource(source, true, progress);
		}
		this.lock.lock();
		try {
			removeUnknownSources();
			this.state.changed(this.documents.replacedUrls());
		}
		finally {
			this.lock.unlock();
		}
	}

	private int syncSource(SearchSource source, boolean all, LongConsumer progress) {
		Map<String, String> wanted = this.reading.execute((status) -> new HashMap<>(source.stamps()));
		Map<String, String> have = new HashMap<>();
		for (Object[] row : this.documents.stamps(source.name())) {
			have.put((String) row[0], (String) row[1]);
		}
		List<String> changed = new ArrayList<>();
		wanted.forEach((key, stamp) -> {
			if (all || !Objects.equals(have.get(key), stamp)) {
				changed.add(key);
			}
		});
		Set<String> gone = new HashSet<>(have.keySet());
		gone.removeAll(wanted.keySet());
		int count = 0;
		for (int from = 0; from < changed.size(); from += BATCH) {
			List<String> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
			List<SearchDocument> fresh = this.reading.execute((status) -> source.documents(batch));
			count += lockedWrite(source.name(), batch, fresh, wanted);
			progress.accept(batch.size());
		}
		if (!gone.isEmpty()) {
			count += lockedWrite(source.name(), gone, List.of(), wanted);
		}
		return count;
	}

	private int lockedWrite(String source, Collection<String> keys, List<SearchDocument> fresh,
			Map<String, String> stamps) {
		this.lock.lock();
		try {
			return this.writing.execute((status) -> write(source, keys, fresh, stamps));
		}
		catch (DataAccessException ex) {
			// Another node wrote the same document at the same moment: its copy is as
			// new.
			log.info("Search documents of {} written concurrently: {}", source, ex.getMessage());
			return 0;
		}
		finally {
			this.lock.unlock();
		}
	}

	private int write(String source, Collection<String> keys, List<SearchDocument> fresh, Map<String, String> stamps) {
		Map<String, IndexedDocument> rows = new HashMap<>();
		this.documents.findBySourceAndKeyIn(source, keys).forEach((row) -> rows.put(row.getKey(), row));
		int count = 0;
		Set<String> seen = new HashSet<>();
		for (SearchDocument document : fresh) {
			if (!seen.add(document.key())) {
				continue;
			}
			IndexedDocument row = rows.computeIfAbsent(document.key(), (key) -> new IndexedDocument(source, key));
			row.fill(document, stamps.getOrDefault(document.key(), ""), this.clock.instant());
			this.documents.save(row);
			count++;
		}
		for (IndexedDocument row : rows.values()) {
			if (!seen.contains(row.getKey())) {
				this.documents.delete(row);
				count++;
			}
		}
		return count;
	}

	private int removeUnknownSources() {
		Set<String> known = new HashSet<>();
		this.sources.forEach((source) -> known.add(source.name()));
		int count = 0;
		for (String source : this.documents.sources()) {
			if (!known.contains(source)) {
				List<String> keys = this.documents.stamps(source).stream().map((row) -> (String) row[0]).toList();
				count += this.writing.execute((status) -> write(source, keys, List.of(), Map.of()));
			}
		}
		return count;
	}

}
