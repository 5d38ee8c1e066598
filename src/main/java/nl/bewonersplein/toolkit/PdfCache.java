package nl.bewonersplein.toolkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Generated PDFs on disk, one file per key. A key names what the PDF shows and a
 * fingerprint of its content, so a change anywhere gives a new key and the old file is
 * removed once the new one is written. While a PDF is generated, every other request for
 * the same key waits for that one generation (single flight). With several app nodes each
 * node generates its own copy once; that is accepted.
 */
@Component
class PdfCache {

	private final Path directory;

	private final ConcurrentHashMap<String, CompletableFuture<Path>> running = new ConcurrentHashMap<>();

	private final AtomicLong generations = new AtomicLong();

	PdfCache(@Value("${bewonersplein.toolkit.pdf-cache:./data/toolkit-pdf}") Path directory) {
		this.directory = directory;
	}

	/**
	 * The file for {@code prefix + fingerprint}, generated with {@code generate} if it is
	 * not there yet.
	 * @param prefix what the PDF is, e.g. {@code booklet-3-0-normal-}; files with the
	 * same prefix and another fingerprint are outdated
	 * @param fingerprint the content's fingerprint
	 */
	Path get(String prefix, String fingerprint, Supplier<byte[]> generate) {
		String key = prefix + fingerprint;
		Path file = this.directory.resolve(key + ".pdf");
		if (Files.isRegularFile(file)) {
			return file;
		}
		CompletableFuture<Path> mine = new CompletableFuture<>();
		CompletableFuture<Path> theirs = this.running.putIfAbsent(key, mine);
		if (theirs != null) {
			try {
				return theirs.join();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
			}
		}
		try {
			if (!Files.isRegularFile(file)) {
				write(file, generate.get());
				this.generations.incrementAndGet();
				removeOutdated(prefix, file);
			}
			mine.complete(file);
			return file;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.running.remove(key, mine);
		}
	}

	/** How many PDFs this node has generated since it started. */
	long generations() {
		return this.generations.get();
	}

	private void write(Path file, byte[] pdf) {
		try {
			Files.createDirectories(this.directory);
			Path temporary = Files.createTempFile(this.directory, "generating-", ".tmp");
			Files.write(temporary, pdf);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void removeOutdated(String prefix, Path current) {
		try (DirectoryStream<Path> old = Files.newDirectoryStream(this.directory, prefix + "*.pdf")) {
			for (Path file : old) {
				if (!file.equals(current)) {
					Files.deleteIfExists(file);
				}
			}
		}
		catch (IOException ex) {
			// An outdated file left behind costs disk space only; it is never served.
		}
	}

}
