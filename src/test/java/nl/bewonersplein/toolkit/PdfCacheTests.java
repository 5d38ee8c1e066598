package nl.bewonersplein.toolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The PDF cache: many visitors asking for the same PDF at once cause one generation; a
 * changed fingerprint gives a new file and removes the outdated one.
 */
class PdfCacheTests {

	@TempDir
	Path directory;

	@Test
	void concurrentRequestsForOnePdfWaitForOneGeneration() throws Exception {
		PdfCache cache = new PdfCache(this.directory);
		AtomicInteger generated = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Path>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> cache.get("booklet-1-0-normal-", "abc", () -> {
					generated.incrementAndGet();
					started.countDown();
					await(release);
					return "%PDF-1.7 test".getBytes();
				})));
			}
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			release.countDown();
			for (Future<Path> answer : answers) {
				assertThat(Files.readString(answer.get(10, TimeUnit.SECONDS))).isEqualTo("%PDF-1.7 test");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(generated).hasValue(1);
		assertThat(cache.generations()).isEqualTo(1);
		assertThat(cache.get("booklet-1-0-normal-", "abc", () -> {
			throw new AssertionError("served from disk, not generated again");
		})).exists();
	}

	@Test
	void aNewFingerprintReplacesTheOutdatedFile() {
		PdfCache cache = new PdfCache(this.directory);
		Path first = cache.get("chapter-1-2-large-", "old", () -> "one".getBytes());
		Path second = cache.get("chapter-1-2-large-", "new", () -> "two".getBytes());
		Path other = cache.get("chapter-1-3-large-", "old", () -> "three".getBytes());
		assertThat(first).doesNotExist();
		assertThat(second).hasContent("two");
		assertThat(other).hasContent("three");
	}

	@Test
	void aFailedGenerationIsNotCachedAndCanBeRetried() {
		PdfCache cache = new PdfCache(this.directory);
		assertThatThrownBy(() -> cache.get("article-1-1-normal-", "x", () -> {
			throw new IllegalStateException("renderer failed");
		})).hasMessage("renderer failed");
		assertThat(cache.get("article-1-1-normal-", "x", () -> "ok".getBytes())).hasContent("ok");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
