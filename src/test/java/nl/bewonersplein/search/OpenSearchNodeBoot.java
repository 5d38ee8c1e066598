package nl.bewonersplein.search;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.function.IntSupplier;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * Starts the node of {@link OpenSearchNode}. Loaded only by that node's own class loader,
 * where OpenSearch finds the logging and libraries it expects; the rest of the test JVM
 * never links against this class.
 */
public final class OpenSearchNodeBoot implements Closeable, IntSupplier {

	private final OpenSearchRunner runner;

	private final int port;

	private OpenSearchNodeBoot(OpenSearchRunner runner, int port) {
		this.runner = runner;
		this.port = port;
	}

	/**
	 * Called by reflection; the result is a {@link Closeable} and an {@link IntSupplier}
	 * of the port.
	 */
	public static Object start(String home, int firstPort, int lastPort, String transportPorts) {
		OpenSearchRunner runner = new OpenSearchRunner();
		runner.setMaxHttpPort(lastPort);
		try {
			runner
				.onBuild((number, settings) -> settings.put("discovery.type", "single-node")
					.put("network.host", "127.0.0.1")
					.put("transport.port", transportPorts)
					.put("node.processors", 1)
					.put("cluster.routing.allocation.disk.threshold_enabled", false)
					.put("indices.memory.index_buffer_size", "16mb"))
				.build(OpenSearchRunner.newConfigs()
					.basePath(Path.of(home).toString())
					.numOfNode(1)
					.baseHttpPort(firstPort - 1)
					.clusterName("bewonersplein-test")
					.disableESLogger()
					.moduleTypes(
							"org.opensearch.analysis.common.CommonAnalysisPlugin,org.opensearch.index.reindex.ReindexPlugin,"
									+ "org.opensearch.transport.Netty4Plugin"));
			runner.ensureYellow();
			return new OpenSearchNodeBoot(runner, runner.node().settings().getAsInt("http.port", 0));
		}
		catch (RuntimeException ex) {
			runner.clean();
			throw ex;
		}
	}

	@Override
	public int getAsInt() {
		return this.port;
	}

	@Override
	public void close() throws java.io.IOException {
		try {
			this.runner.close();
		}
		finally {
			this.runner.clean();
		}
	}

}
