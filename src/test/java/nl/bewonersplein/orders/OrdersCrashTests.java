package nl.bewonersplein.orders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the app while it takes orders: the placement runs in a separate JVM
 * ({@link OrdersCrashChild}) on an H2 file database with {@code WRITE_DELAY=0}, is killed
 * in the middle of a run of orders, and a new process finds every order whose
 * confirmation had been shown, with its stock taken and its mail queued.
 */
class OrdersCrashTests {

	private static final long STUCK_SECONDS = 180;

	@TempDir
	Path data;

	@Test
	void everyConfirmedOrderSurvivesAKill() throws Exception {
		String url = "jdbc:h2:file:" + this.data.resolve("orders").toAbsolutePath() + ";WRITE_DELAY=0";
		Child ordering = Child.start("order", url);
		List<String> confirmed = new ArrayList<>();
		while (confirmed.size() < 30) {
			confirmed.add(ordering.awaitLine("CONFIRMED ").substring("CONFIRMED ".length()));
		}
		ordering.kill();
		// Whatever was printed before the kill counts too.
		ordering.output.stream()
			.filter((line) -> line.startsWith("CONFIRMED "))
			.map((line) -> line.substring("CONFIRMED ".length()))
			.filter((location) -> !confirmed.contains(location))
			.forEach(confirmed::add);

		Child counting = Child.start("count", url);
		assertThat(counting.process.waitFor(STUCK_SECONDS, TimeUnit.SECONDS)).isTrue();
		assertThat(counting.process.exitValue()).as(String.join("\n", counting.output)).isZero();
		List<String> stored = counting.output.stream()
			.filter((line) -> line.startsWith("ORDER "))
			.map((line) -> line.substring("ORDER ".length()))
			.toList();
		assertThat(stored).containsAll(confirmed);
		int stock = Integer.parseInt(counting.awaitLine("STOCK ").substring("STOCK ".length()));
		int mails = Integer.parseInt(counting.awaitLine("MAILS ").substring("MAILS ".length()));
		// Nothing half-done: every stored order took its stock and queued its mail.
		assertThat(stock).isEqualTo(1000 - stored.size());
		assertThat(mails).isEqualTo(stored.size());
	}

	/** A JVM running {@link OrdersCrashChild} with the test class path. */
	private record Child(Process process, BlockingQueue<String> lines, List<String> output) {

		static Child start(String... args) throws IOException {
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
							"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
							OrdersCrashChild.class.getName()));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Child child = new Child(process, new LinkedBlockingQueue<>(),
					Collections.synchronizedList(new ArrayList<>()));
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					for (String line = in.readLine(); line != null; line = in.readLine()) {
						child.output.add(line);
						child.lines.add(line);
					}
				}
				catch (IOException ex) {
					// The process was killed.
				}
			});
			reader.setDaemon(true);
			reader.start();
			return child;
		}

		String awaitLine(String prefix) throws InterruptedException {
			while (true) {
				String line = this.lines.poll(STUCK_SECONDS, TimeUnit.SECONDS);
				assertThat(line).as("child output so far:\n" + String.join("\n", this.output)).isNotNull();
				if (line.startsWith(prefix)) {
					return line;
				}
			}
		}

		/** {@code kill -9}: no shutdown hooks, no flushing. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor();
		}

	}

}
