package nl.bewonersplein.site;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Derived data is kept until the content changes, at the page cache's content version,
 * and a value loaded while a change came in is not kept.
 */
class KeptDataTests {

	final PageCache pages = new PageCache(Clock.systemUTC(), false, Duration.ofMinutes(1), DataSize.ofMegabytes(1));

	final AtomicInteger loads = new AtomicInteger();

	@Test
	void keptUntilTheContentChanges() {
		KeptData.Kept<Integer> kept = new KeptData(this.pages, true).of(this.loads::incrementAndGet);

		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(1);
		this.pages.changed();
		assertThat(kept.get()).as("loaded again after a change").isEqualTo(2);
		assertThat(kept.get()).isEqualTo(2);
	}

	@Test
	void notKeptWhenTheContentChangesWhileItIsLoaded() {
		KeptData.Kept<Integer> kept = new KeptData(this.pages, true).of(() -> {
			this.pages.changed();
			return this.loads.incrementAndGet();
		});

		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).as("the first load saw a change under way").isEqualTo(2);
	}

	@Test
	void switchedOffItLoadsEveryTime() {
		KeptData.Kept<Integer> kept = new KeptData(this.pages, false).of(this.loads::incrementAndGet);

		assertThat(kept.get()).isEqualTo(1);
		assertThat(kept.get()).isEqualTo(2);
	}

}
