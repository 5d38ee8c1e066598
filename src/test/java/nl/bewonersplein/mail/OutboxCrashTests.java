package nl.bewonersplein.mail;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import nl.bewonersplein.ChildJvm;
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
		ChildJvm queueing = ChildJvm.start(OutboxCrashChild.class, STUCK_SECONDS, "queue", url);
		queueing.awaitLine("QUEUED ");
		queueing.kill();

		try (TestSmtp smtp = new TestSmtp().start()) {
			assertThat(run("send", url, smtp.port, 0)).contains("SENT 1");
			assertThat(run("send", url, smtp.port, 86_400)).contains("SENT 0");

			assertThat(smtp.receivedFor(OutboxCrashChild.RECIPIENT)).hasSize(1);
		}
	}

	@Test
	void aMailWhoseSenderWasKilledInTheMiddleOfSendingIsDeliveredOnceAfterItsLease() throws Exception {
		String url = url();
		try (ServerSocket silentServer = new ServerSocket(0)) {
			silentServer.setSoTimeout((int) TimeUnit.SECONDS.toMillis(STUCK_SECONDS));
			ChildJvm sending = ChildJvm.start(OutboxCrashChild.class, STUCK_SECONDS, "queue-and-send", url,
					Integer.toString(silentServer.getLocalPort()));
			sending.awaitLine("QUEUED ");
			// The child claimed the mail and opened the SMTP connection: kill it there.
			try (Socket connection = silentServer.accept()) {
				sending.kill();
			}
		}

		try (TestSmtp smtp = new TestSmtp().start()) {
			long lease = MailSettings.defaults().lease().toSeconds();
			assertThat(run("send", url, smtp.port, 0)).as("the dead node's lease still holds").contains("SENT 0");
			assertThat(run("send", url, smtp.port, lease + 1)).contains("SENT 1");
			assertThat(run("send", url, smtp.port, 86_400)).contains("SENT 0");

			List<MimeMessage> received = smtp.receivedFor(OutboxCrashChild.RECIPIENT);
			assertThat(received).hasSize(1);
			assertThat(received.get(0).getSubject()).isEqualTo("Je bestelling is binnen");
		}
	}

	private String url() {
		return "jdbc:h2:file:" + this.data.resolve("outbox").toAbsolutePath() + ";WRITE_DELAY=0";
	}

	/** Runs OutboxCrashChild in {@code mode} to its end and returns its "SENT" line. */
	private static String run(String mode, String url, int port, long offsetSeconds) throws Exception {
		ChildJvm child = ChildJvm.start(OutboxCrashChild.class, STUCK_SECONDS, mode, url, Integer.toString(port),
				Long.toString(offsetSeconds));
		assertThat(child.process().waitFor(STUCK_SECONDS, TimeUnit.SECONDS)).as("child finished").isTrue();
		assertThat(child.process().exitValue()).as(String.join("\n", child.output())).isZero();
		return child.awaitLine("SENT ");
	}

}
