package nl.bewonersplein.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nl.bewonersplein.BewonerspleinApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site takes visitors only when demo content and search index are ready. Starts its
 * own application (with its own in-memory database), because what is tested is the start
 * itself: a visitor who keeps asking from the moment the web server listens gets 503 with
 * {@code Retry-After}, and the first real page already finds the demo content.
 */
class ReadinessTests {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** What happened, in order: start-up events and the answers an early visitor got. */
	private final List<Entry> events = new CopyOnWriteArrayList<>();

	private volatile String firstPage;

	private volatile boolean probeSaidReady;

	record Entry(long at, String what) {

	}

	@Test
	void pagesWaitUntilDemoContentAndSearchIndexAreReady() throws Exception {
		SpringApplication application = new SpringApplication(BewonerspleinApplication.class);
		application.addListeners((event) -> {
			if (event instanceof WebServerInitializedEvent server) {
				record(event.getTimestamp(), "web server started");
				Thread visitor = new Thread(() -> visit(server.getWebServer().getPort()), "early-visitor");
				visitor.setDaemon(true);
				visitor.start();
			}
			else if (event instanceof ApplicationStartedEvent) {
				record(event.getTimestamp(), "context started");
			}
			else if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() instanceof ReadinessState) {
				record(event.getTimestamp(), "readiness " + change.getState());
			}
		});
		try (ConfigurableApplicationContext context = application.run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1",
				"--bewonersplein.toolkit.prewarm=false", "--spring.jmx.enabled=false")) {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while ((this.firstPage == null || !this.probeSaidReady) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			List<Entry> ordered = this.events.stream().sorted(java.util.Comparator.comparingLong(Entry::at)).toList();
			long ready = ordered.stream()
				.filter((entry) -> entry.what().equals("readiness ACCEPTING_TRAFFIC"))
				.mapToLong(Entry::at)
				.findFirst()
				.orElseThrow(() -> new AssertionError("never ready: " + ordered));
			List<String> before = ordered.stream().filter((entry) -> entry.at() < ready).map(Entry::what).toList();
			List<String> after = ordered.stream().filter((entry) -> entry.at() >= ready).map(Entry::what).toList();
			assertThat(before).as("before the site was ready")
				.startsWith("web server started")
				.contains("context started", "page 503 Retry-After 5", "readiness 503")
				.doesNotContain("page 200", "readiness 200");
			assertThat(after).as("after").contains("page 200", "readiness 200");
			assertThat(this.firstPage).as("the first search after the start finds demo content")
				.contains("<ol class=\"results\">");
		}
	}

	/**
	 * Asks for the readiness probe and a search page until both have answered 200. A
	 * probe sent just before the switch may answer 503 after it, so the loop does not
	 * stop at the first page alone.
	 */
	private void visit(int port) {
		try {
			while (this.firstPage == null || !this.probeSaidReady) {
				HttpResponse<String> probe = get(port, "/actuator/health/readiness");
				if (probe != null) {
					record(System.currentTimeMillis(), "readiness " + probe.statusCode());
					this.probeSaidReady = probe.statusCode() == 200;
				}
				if (this.firstPage != null) {
					Thread.sleep(50);
					continue;
				}
				HttpResponse<String> page = get(port, "/zoeken?q=buurt");
				long at = System.currentTimeMillis();
				if (page != null && page.statusCode() == 200) {
					this.firstPage = page.body();
				}
				if (page != null) {
					record(at,
							"page " + page.statusCode()
									+ page.headers()
										.firstValue("Retry-After")
										.map((value) -> " Retry-After " + value)
										.orElse(""));
				}
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Keeps the list short: an answer is noted when it differs from the one before. */
	private void record(long at, String what) {
		synchronized (this.events) {
			boolean repeated = this.events.stream()
				.filter((entry) -> entry.what().split(" ")[0].equals(what.split(" ")[0]))
				.reduce((first, second) -> second)
				.map((last) -> last.what().equals(what))
				.orElse(false);
			if (!repeated || !what.startsWith("page") && !what.startsWith("readiness 5")) {
				this.events.add(new Entry(at, what));
			}
		}
	}

	private HttpResponse<String> get(int port, String path) throws InterruptedException {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			return null;
		}
	}

}
