package nl.bewonersplein.shared;

import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class DemoContentTests {

	@Autowired
	DemoContent demo;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoContentIsLoadedOnceAndAStartAgainChangesNothing() {
		Integer pages = this.jdbc.queryForObject("select count(*) from page", Integer.class);
		assertThat(pages).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select count(*) from theme", Integer.class)).isEqualTo(5);

		AtomicInteger runs = new AtomicInteger();
		assertThat(this.demo.loadOnce("content", runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(0);
		assertThat(this.jdbc.queryForObject("select count(*) from page", Integer.class)).isEqualTo(pages);
	}

	@Test
	void aNewModuleLoadsItsDemoExactlyOnce() {
		AtomicInteger runs = new AtomicInteger();
		String module = "test-" + System.nanoTime();
		assertThat(this.demo.loadOnce(module, runs::incrementAndGet)).isTrue();
		assertThat(this.demo.loadOnce(module, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
	}

}
