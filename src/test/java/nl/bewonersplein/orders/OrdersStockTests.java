package nl.bewonersplein.orders;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Never oversold, never twice: 1,000 visitors order at once against a stock of 100, and
 * ten posts of one form arrive at once. Runs on H2 in the normal build and on PostgreSQL
 * with the {@code postgres} profile.
 */
@SiteTest
class OrdersStockTests {

	@LocalServerPort
	int port;

	@Autowired
	Materials materials;

	@Autowired
	JdbcTemplate jdbc;

	Material material;

	@AfterEach
	void removeOurs() {
		if (this.material != null) {
			OrderFixtures.remove(this.jdbc, this.material);
		}
	}

	@Test
	void aThousandConcurrentOrdersAgainstAStockOfAHundredAcceptExactlyAHundred() throws Exception {
		this.material = OrderFixtures.material(this.materials, 100, 5);
		String page = OrderPaths.material(this.material.slug());
		int visitors = 1000;
		ExecutorService pool = Executors.newFixedThreadPool(64);
		try {
			// Everyone opens the form first (session, CSRF and form token), then all post
			// at once.
			List<Future<OrderFixtures.Visitor>> opening = new ArrayList<>();
			for (int i = 0; i < visitors; i++) {
				opening.add(pool.submit(() -> OrderFixtures.Visitor.opening(this.port, page)));
			}
			List<OrderFixtures.Visitor> ready = new ArrayList<>();
			for (Future<OrderFixtures.Visitor> visitor : opening) {
				ready.add(visitor.get(5, TimeUnit.MINUTES));
			}
			CountDownLatch start = new CountDownLatch(1);
			Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
			AtomicInteger soldOutMessages = new AtomicInteger();
			List<Future<?>> posts = new ArrayList<>();
			for (int i = 0; i < visitors; i++) {
				OrderFixtures.Visitor visitor = ready.get(i);
				int houseNumber = i + 1;
				posts.add(pool.submit(() -> {
					start.await();
					HttpResponse<String> answer = visitor
						.order(OrderFixtures.form(1, houseNumber, "buur" + houseNumber + "@stock.example"));
					statuses.computeIfAbsent(answer.statusCode(), (k) -> new AtomicInteger()).incrementAndGet();
					if (answer.statusCode() == 409 && answer.body().contains("Op = op")) {
						soldOutMessages.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> post : posts) {
				post.get(5, TimeUnit.MINUTES);
			}
			assertThat(statuses.keySet()).as("answers: " + statuses).allMatch((s) -> s == 302 || s == 303 || s == 409);
			assertThat(statuses.getOrDefault(302, new AtomicInteger()).get()
					+ statuses.getOrDefault(303, new AtomicInteger()).get())
				.isEqualTo(100);
			assertThat(soldOutMessages.get()).isEqualTo(900);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.materials.byId(this.material.id()).orElseThrow().stock()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isEqualTo(100);
	}

	@Test
	void tenConcurrentPostsOfOneFormPlaceOneOrder() throws Exception {
		this.material = OrderFixtures.material(this.materials, 100, 5);
		OrderFixtures.Visitor visitor = OrderFixtures.Visitor.opening(this.port,
				OrderPaths.material(this.material.slug()));
		Map<String, String> form = OrderFixtures.form(2, 7, "dubbel-" + System.nanoTime() + "@klik.example");
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<HttpResponse<String>> answers = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> posts = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				posts.add(pool.submit(() -> {
					start.await();
					return visitor.order(form);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> post : posts) {
				answers.add(post.get(2, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).allSatisfy((answer) -> assertThat(answer.statusCode()).isBetween(302, 303));
		assertThat(answers.stream().map(OrderFixtures::location).distinct()).hasSize(1);
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isOne();
		assertThat(this.materials.byId(this.material.id()).orElseThrow().stock()).isEqualTo(98);
	}

}
