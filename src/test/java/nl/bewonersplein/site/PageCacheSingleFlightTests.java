package nl.bewonersplein.site;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crowd asking for a page that is not in the cache (right after a change) costs one
 * rendering, not one per visitor; a visitor never gets a page rendered before a change,
 * and a change during the rendering costs one rendering more, not one per visitor.
 */
class PageCacheSingleFlightTests {

	private final PageCache cache = new PageCache(Clock.systemUTC(), true, Duration.ofMinutes(1),
			DataSize.ofMegabytes(1));

	private final CachedPages filter = new CachedPages(this.cache, new AcceptHeaderLocaleResolver());

	private final AtomicInteger renderings = new AtomicInteger();

	private final CountDownLatch renderingStarted = new CountDownLatch(1);

	private final CountDownLatch renderingMayEnd = new CountDownLatch(1);

	private final ExecutorService visitors = Executors.newFixedThreadPool(10);

	private final FilterChain slowPage = (request, response) -> {
		this.renderings.incrementAndGet();
		this.renderingStarted.countDown();
		await(this.renderingMayEnd);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("<p>Hallo buurt</p>");
		response.getWriter().flush();
	};

	@AfterEach
	void stopVisitors() {
		this.renderingMayEnd.countDown();
		this.visitors.shutdownNow();
	}

	@Test
	void visitorsAskingForAPageBeingRenderedGetThatRendering() throws Exception {
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		answers.add(this.visitors.submit(this::visit));
		assertThat(this.renderingStarted.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 9; i++) {
			answers.add(this.visitors.submit(this::visit));
		}
		waitUntilWaiting(9);
		this.renderingMayEnd.countDown();
		for (Future<MockHttpServletResponse> answer : answers) {
			MockHttpServletResponse response = answer.get(10, TimeUnit.SECONDS);
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentAsString()).isEqualTo("<p>Hallo buurt</p>");
		}
		assertThat(this.renderings).as("renderings for ten visitors").hasValue(1);
	}

	@Test
	void aChangeDuringTheRenderingMakesOneOfTheWaitingVisitorsRenderItAgainForTheOthers() throws Exception {
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		answers.add(this.visitors.submit(this::visit));
		assertThat(this.renderingStarted.await(10, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < 5; i++) {
			answers.add(this.visitors.submit(this::visit));
		}
		waitUntilWaiting(5);
		this.cache.changed();
		this.renderingMayEnd.countDown();
		for (Future<MockHttpServletResponse> answer : answers) {
			assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(this.renderings).as("the page rendered before the change is not shared, the next one is")
			.hasValue(2);
	}

	private MockHttpServletResponse visit() throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/over-ons");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, this.slowPage);
		return response;
	}

	private void waitUntilWaiting(int visitors) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (this.filter.waiting() < visitors && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(this.filter.waiting()).as("visitors waiting for the rendering").isEqualTo(visitors);
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
