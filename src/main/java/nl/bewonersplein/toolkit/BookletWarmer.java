package nl.bewonersplein.toolkit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import nl.bewonersplein.media.MediaChanged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the booklets in the background when the app has started and when an editor
 * publishes a new edition, so that no visitor waits for the first, slowest generation in
 * a fresh JVM. One thread: it never competes with itself for the two cores. Off with
 * {@code bewonersplein.toolkit.prewarm=false} (checked when it would start work, so that
 * it holds under Spring AOT too, ADR 0020).
 */
@Component
class BookletWarmer {

	private static final Logger log = LoggerFactory.getLogger(BookletWarmer.class);

	private final ToolkitReader reader;

	private final ToolkitPdfs pdfs;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "toolkit-booklets");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	private final boolean enabled;

	BookletWarmer(ToolkitReader reader, ToolkitPdfs pdfs,
			@Value("${bewonersplein.toolkit.prewarm:true}") boolean enabled) {
		this.reader = reader;
		this.pdfs = pdfs;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		submit(() -> this.reader.publishedToolkits().forEach((toolkit) -> warm(toolkit.getSlug())));
	}

	@TransactionalEventListener
	void editionPublished(EditionPublished event) {
		submit(() -> warm(event.slug()));
	}

	/**
	 * A library image was replaced or got other texts: the booklets that show it get a
	 * new key (see {@link ToolkitPdfs}), so they are made again now, not on a visitor's
	 * request.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void mediaChanged(MediaChanged event) {
		if (!"uploaded".equals(event.change())) {
			submit(() -> this.reader.publishedToolkits().forEach((toolkit) -> warm(toolkit.getSlug())));
		}
	}

	private void submit(Runnable work) {
		if (this.enabled) {
			this.worker.execute(work);
		}
	}

	private void warm(String slug) {
		try {
			this.reader.published(slug).ifPresent((tree) -> {
				for (PrintSize size : PrintSize.values()) {
					this.pdfs.booklet(tree, size);
				}
			});
		}
		catch (RuntimeException ex) {
			log.warn("Could not make the booklet of toolkit {} in advance; it will be made on request", slug, ex);
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	/**
	 * A toolkit got a new edition.
	 *
	 * @param slug the toolkit's slug
	 */
	record EditionPublished(String slug) {

	}

}
