package nl.bewonersplein.site;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each module's demo loads once per database, and only completely. */
@SiteTest
class DemoContentTests {

	@Autowired
	DemoContent demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void aModuleWhoseDemoIsLoadedIsNotLoadedAgain() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from demo_content where module = 'content'", Integer.class))
			.as("the content module's demo ran at start-up")
			.isEqualTo(1);
		AtomicInteger runs = new AtomicInteger();
		assertThat(this.demo.loadOnce("content", runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(0);
	}

	@Test
	void aLoaderThatFailsLeavesNoMarkSoItRunsAgainNextTime() {
		String module = "test-failing-" + System.nanoTime();
		assertThatThrownBy(() -> this.demo.loadOnce(module, () -> {
			throw new IllegalStateException("half-way");
		})).isInstanceOf(IllegalStateException.class);
		AtomicInteger runs = new AtomicInteger();
		assertThat(this.demo.loadOnce(module, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(1);
	}

	@Test
	void aNewModuleLoadsItsDemoExactlyOnce() {
		AtomicInteger runs = new AtomicInteger();
		String module = "test-" + System.nanoTime();
		assertThat(this.demo.loadOnce(module, runs::incrementAndGet)).isTrue();
		assertThat(this.demo.loadOnce(module, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
	}

	@Test
	void switchedOffTheDemoDoesNotLoadButGeneratedContentStillCan() {
		DemoContent off = new DemoContent(this.jdbc, this.transactions, this.clock, false);
		AtomicInteger runs = new AtomicInteger();
		String module = "test-off-" + System.nanoTime();
		assertThat(off.loadOnce(module, runs::incrementAndGet)).isFalse();
		assertThat(runs).as("demo loader").hasValue(0);
		assertThat(off.runOnce("generated-" + module, runs::incrementAndGet)).isTrue();
		assertThat(runs).as("generator").hasValue(1);
	}

}
