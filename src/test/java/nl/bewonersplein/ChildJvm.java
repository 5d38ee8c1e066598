package nl.bewonersplein;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second JVM running a test main class with the test class path, for tests that
 * {@code kill -9} a process in the middle of its writes (the outbox, orders).
 *
 * @param process the running JVM
 * @param lines its output lines not read by {@link #awaitLine} yet
 * @param output all its output so far
 * @param stuckSeconds how long to wait for a line before the test fails
 */
public record ChildJvm(Process process, BlockingQueue<String> lines, List<String> output, long stuckSeconds) {

	/** Starts {@code main} with {@code args}; its output is collected as it comes. */
	public static ChildJvm start(Class<?> main, long stuckSeconds, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		ChildJvm child = new ChildJvm(process, new LinkedBlockingQueue<>(),
				Collections.synchronizedList(new ArrayList<>()), stuckSeconds);
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

	/** The next output line that starts with {@code prefix}. */
	public String awaitLine(String prefix) throws InterruptedException {
		while (true) {
			String line = this.lines.poll(this.stuckSeconds, TimeUnit.SECONDS);
			assertThat(line).as("child output so far:\n" + String.join("\n", this.output)).isNotNull();
			if (line.startsWith(prefix)) {
				return line;
			}
		}
	}

	/** {@code kill -9}: no shutdown hooks, no flushing. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

}
