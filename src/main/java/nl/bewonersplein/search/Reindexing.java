package nl.bewonersplein.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A full re-index started by an admin: every document of every source is fetched and
 * written again, in the background and a batch at a time, so that search keeps answering
 * with the old documents until each is replaced. One at a time per node; its progress is
 * kept for the admin page.
 */
@Component
class Reindexing {

	private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

	private final IndexSync sync;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-reindex");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicLong done = new AtomicLong();

	private volatile Progress progress = Progress.IDLE;

	Reindexing(IndexSync sync, Clock clock) {
		this.sync = sync;
		this.clock = clock;
	}

	/**
	 * Where a re-index stands.
	 *
	 * @param state idle, running, done or failed
	 * @param done documents written so far
	 * @param total documents to write
	 * @param startedAt when it started, or null
	 * @param finishedAt when it ended, or null
	 * @param error why it failed, or null
	 */
	record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt, String error) {

		static final Progress IDLE = new Progress(State.IDLE, 0, 0, null, null, null);

		long seconds() {
			return (this.startedAt == null || this.finishedAt == null) ? 0
					: Duration.between(this.startedAt, this.finishedAt).toSeconds();
		}

	}

	enum State {

		IDLE, RUNNING, DONE, FAILED

	}

	Progress progress() {
		Progress current = this.progress;
		return (current.state() == State.RUNNING) ? new Progress(State.RUNNING,
				Math.min(this.done.get(), current.total()), current.total(), current.startedAt(), null, null) : current;
	}

	/** Starts a re-index unless one is running; true if this call started it. */
	synchronized boolean start() {
		if (this.progress.state() == State.RUNNING) {
			return false;
		}
		this.done.set(0);
		Instant startedAt = this.clock.instant();
		this.progress = new Progress(State.RUNNING, 0, 0, startedAt, null, null);
		this.worker.execute(() -> run(startedAt));
		return true;
	}

	private void run(Instant startedAt) {
		try {
			long total = this.sync.offered();
			this.progress = new Progress(State.RUNNING, 0, total, startedAt, null, null);
			this.sync.rewriteAll(this.done::addAndGet);
			this.progress = new Progress(State.DONE, this.done.get(), Math.max(total, this.done.get()), startedAt,
					this.clock.instant(), null);
			log.info("Search re-index done: {} documents", this.done.get());
		}
		catch (RuntimeException ex) {
			log.warn("Search re-index failed", ex);
			this.progress = new Progress(State.FAILED, this.done.get(), 0, startedAt, this.clock.instant(),
					ex.getClass().getSimpleName());
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

}
