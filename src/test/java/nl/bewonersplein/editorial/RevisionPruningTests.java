package nl.bewonersplein.editorial;

import java.util.Map;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions beyond the configured number are pruned, oldest first, but never the one
 * visitors see.
 */
@SiteTest
class RevisionPruningTests {

	static final String KIND = "pruning-test";

	@Autowired
	Revisions revisions;

	@Autowired
	RevisionRepository repository;

	@Value("${bewonersplein.editorial.revisions.keep:50}")
	int keep;

	@AfterEach
	void removeOurs() {
		this.revisions.forget(KIND, 1);
	}

	@Test
	void oldRevisionsArePrunedButNeverTheLiveOne() {
		this.revisions.record(KIND, 1, null, Map.of("body", "gepubliceerd"), null, true);
		for (int i = 0; i < this.keep + 5; i++) {
			this.revisions.record(KIND, 1, null, Map.of("body", "concept " + i), null, false);
		}
		var left = this.revisions.list(KIND, 1);
		assertThat(left).hasSize(this.keep + 1);
		assertThat(left.get(0).fields()).containsEntry("body", "concept " + (this.keep + 4));
		assertThat(left.get(left.size() - 1).number()).as("the live revision stays").isEqualTo(1);
		assertThat(left.get(left.size() - 1).live()).isTrue();
		assertThat(left.stream().filter(Revisions.Entry::live)).hasSize(1);
	}

}
