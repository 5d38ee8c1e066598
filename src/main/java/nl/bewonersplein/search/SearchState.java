package nl.bewonersplein.search;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import nl.bewonersplein.site.PageCache;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What the search page needs besides the index, kept in memory and renewed after every
 * change to the indexed documents: the addresses that other documents stand in for, and
 * the {@link Vocabulary} for spelling suggestions (rebuilt in the background; a search
 * meanwhile uses the previous one).
 */
@Component
class SearchState {

	private final JdbcTemplate jdbc;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-vocabulary");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	private volatile Set<String> replaced = Set.of();

	private volatile Vocabulary vocabulary = Vocabulary.EMPTY;

	private final PageCache pages;

	SearchState(JdbcTemplate jdbc, PageCache pages) {
		this.jdbc = jdbc;
		this.pages = pages;
	}

	Set<String> replaced() {
		return this.replaced;
	}

	Vocabulary vocabulary() {
		return this.vocabulary;
	}

	/**
	 * The documents changed: renews the replaced addresses now and the vocabulary soon.
	 */
	void changed(Collection<String> replacedUrls) {
		this.replaced = Set.copyOf(replacedUrls);
		// Search results (and the kept pages showing them) moved on.
		this.pages.changed();
		if (this.queued.compareAndSet(false, true)) {
			this.background.execute(() -> {
				this.queued.set(false);
				rebuildVocabulary();
			});
		}
	}

	void rebuildVocabulary() {
		Vocabulary.Builder builder = new Vocabulary.Builder();
		this.jdbc.query("select title, summary, body, context from search_document",
				(RowCallbackHandler) (row) -> builder.add(row.getString(1), row.getString(2), row.getString(3),
						row.getString(4)));
		this.vocabulary = builder.build();
		// The suggestions ("Bedoelde je ...") come from the vocabulary.
		this.pages.changed();
	}

	@PreDestroy
	void stop() {
		this.background.shutdownNow();
	}

}
