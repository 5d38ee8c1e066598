package nl.bewonersplein.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.site.FormSubmissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limit per address per material holds when one address sends many orders at once
 * (each with its own form): exactly the limit is accepted, the rest get the limit's
 * message, and no stock is taken for them. Runs on H2 in the normal build and on
 * PostgreSQL with the {@code postgres} profile.
 */
@SiteTest
class OrdersAddressLimitTests {

	@Autowired
	Materials materials;

	@Autowired
	OrderPlacement placement;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	OrderSettings settings;

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
	void manyConcurrentOrdersFromOneAddressNeverPassTheLimit() throws Exception {
		this.material = OrderFixtures.material(this.materials, 100, 5);
		int limit = this.settings.addressLimit();
		int orders = 12;
		DutchPostcode postcode = DutchPostcode.parse("2511ab").orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(orders);
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> posts = new ArrayList<>();
			for (int i = 0; i < orders; i++) {
				// The same address, written a little differently each time.
				OrderForm form = new OrderForm("1", "Dezelfde Buur " + i, "", postcode.value(), "7",
						(i % 2 == 0) ? "b" : "B", "Lange Poten", "Den Haag", "", "0612345678", "ja",
						this.submissions.newToken());
				posts.add(pool.submit(() -> {
					start.await();
					try {
						this.submissions.submit(form.formToken(),
								() -> this.placement.place(this.material, form, postcode));
						accepted.incrementAndGet();
					}
					catch (AddressLimitReached ex) {
						refused.incrementAndGet();
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> post : posts) {
				post.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(accepted.get()).isEqualTo(limit);
		assertThat(refused.get()).isEqualTo(orders - limit);
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isEqualTo(limit);
		assertThat(this.materials.byId(this.material.id()).orElseThrow().stock()).isEqualTo(100 - limit);
	}

}
