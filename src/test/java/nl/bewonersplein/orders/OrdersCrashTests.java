package nl.bewonersplein.orders;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.bewonersplein.ChildJvm;
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
		ChildJvm ordering = ChildJvm.start(OrdersCrashChild.class, STUCK_SECONDS, "order", url);
		List<String> confirmed = new ArrayList<>();
		while (confirmed.size() < 30) {
			confirmed.add(ordering.awaitLine("CONFIRMED ").substring("CONFIRMED ".length()));
		}
		ordering.kill();
		// Whatever was printed before the kill counts too.
		ordering.output()
			.stream()
			.filter((line) -> line.startsWith("CONFIRMED "))
			.map((line) -> line.substring("CONFIRMED ".length()))
			.filter((location) -> !confirmed.contains(location))
			.forEach(confirmed::add);

		ChildJvm counting = ChildJvm.start(OrdersCrashChild.class, STUCK_SECONDS, "count", url);
		assertThat(counting.process().waitFor(STUCK_SECONDS, TimeUnit.SECONDS)).isTrue();
		assertThat(counting.process().exitValue()).as(String.join("\n", counting.output())).isZero();
		List<String> stored = counting.output()
			.stream()
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

}
