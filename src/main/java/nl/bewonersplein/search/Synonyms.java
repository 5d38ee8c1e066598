package nl.bewonersplein.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The synonym groups as queries use them: each as lists of folded words, read from the
 * database at most every few seconds (so an editor's change reaches every node quickly)
 * and at once on the node where it was made.
 */
@Component
class Synonyms {

	private static final Duration FRESH = Duration.ofSeconds(5);

	private final SynonymGroupRepository groups;

	private final TransactionTemplate reading;

	private final Clock clock;

	private volatile List<List<List<String>>> cached;

	private volatile Instant readAt = Instant.MIN;

	Synonyms(SynonymGroupRepository groups, PlatformTransactionManager transactions, Clock clock) {
		this.groups = groups;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** Every group: its terms, each as folded words. */
	List<List<List<String>>> groups() {
		Instant now = this.clock.instant();
		List<List<List<String>>> current = this.cached;
		if (current == null || now.isAfter(this.readAt.plus(FRESH)) || now.isBefore(this.readAt)) {
			current = this.reading.execute((status) -> this.groups.findAll()
				.stream()
				.map((group) -> group.termList().stream().map(Words::of).filter((w) -> !w.isEmpty()).toList())
				.filter((terms) -> terms.size() > 1)
				.toList());
			this.cached = current;
			this.readAt = now;
		}
		return current;
	}

	void changed() {
		this.cached = null;
	}

}
