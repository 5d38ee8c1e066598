package nl.bewonersplein.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the app: the outbox runs in a separate JVM
 * ({@link OutboxCrashChild}) on an H2 file database with {@code WRITE_DELAY=0}, is
 * killed, and a new process delivers what was committed, exactly once.
 */
class OutboxCrashTests {

	/** Only a safety net against a hanging child; nothing here waits for time to pass. */
	private static final long STUCK_SECONDS = 120;

	@TempDir
	Path data;

	@Test
	void aMailCommittedBeforeAKillIsDeliveredOnceByTheNextProcess() throws Exception {
		String url = url();
		Child queueing = Child.start("queue", url);
		queueing.awaitLine("QUEUED ");
		queueing.kill();

		try (TestSmtp smtp = new TestSmtp().start()) {
			assertThat(Child.run("send", url, smtp.port, 0)).contains("SENT 1");
			assertThat(Child.run("send", url, smtp.port, 86_400)).contains("SENT 0");

			assertThat(smtp.receivedFor(OutboxCrashChild.RECIPIENT)).hasSize(1);
		}
	}

	@Test
	void aMailWhoseSenderWasKilledInTheMiddleOfSendingIsDeliveredOnceAfterItsLease() throws Exception {
		String url = url();
		try (ServerSocket silentServer = new ServerSocket(0)) {
			silentServer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(STUCK_SECONDS));
			Child sending = Child.start("queue-and-send", url, Integer.toString(silentServer.getLocalPort()));
			sending.awaitLine("QUEUED ");
			// The child claimed the mail and opened the SMTP connection: kill it there.
			try (Socket connection = silentServer.accept()) {
				sending.kill();
			}
		}

		try (TestSmtp smtp = new TestSmtp().start()) {
			long lease = MailSettings.defaults().lease().toSeconds();
			assertThat(Child.run("send", url, smtp.port, 0)).as("the dead node's lease still holds").contains("SENT 0");
			assertThat(Child.run("send", url, smtp.port, lease + 1)).contains("SENT 1");
			assertThat(Child.run("send", url, smtp.port, 86_400)).contains("SENT 0");

			List<MimeMessage> received = smtp.receivedFor(OutboxCrashChild.RECIPIENT);
			assertThat(received).hasSize(1);
			assertThat(received.get(0).getSubject()).isEqualTo("Je bestelling is binnen");
		}
	}

	private String url() {
		return "jdbc:h2:file:" + this.data.resolve("outbox").toAbsolutePath() + ";WRITE_DELAY=0";
	}

	/** A JVM running {@link OutboxCrashChild} with the test class path. */
	private record Child(Process process, BlockingQueue<String> lines, List<String> output) {

		static Child start(String... args) throws IOException {
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
							"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
							OutboxCrashChild.class.getName()));
			command.addAll(List.of(args));
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			Child child = new Child(process, new LinkedBlockingQueue<>(),
					java.util.Collections.synchronizedList(new ArrayList<>()));
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

		static String run(String mode, String url, int port, long offsetSeconds) throws Exception {
			Child child = start(mode, url, Integer.toString(port), Long.toString(offsetSeconds));
			assertThat(child.process.waitFor(STUCK_SECONDS, TimeUnit.SECONDS)).as("child finished").isTrue();
			assertThat(child.process.exitValue()).as(String.join("\n", child.output)).isZero();
			return child.awaitLine("SENT ");
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
