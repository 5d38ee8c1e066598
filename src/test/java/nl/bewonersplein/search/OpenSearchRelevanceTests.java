package nl.bewonersplein.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The relevance queries of {@link SearchRelevanceTests} against OpenSearch (profile
 * {@code opensearch}, ADR 0015): a node in this JVM ({@link OpenSearchNode}), the
 * OpenSearch analysis configurer and outbox-polling coordination. Its own application
 * context, closed after this class, so that its agents do not poll on while the other
 * tests run.
 */
@ExtendWith(OpenSearchNode.class)
@SiteTest
@ActiveProfiles(resolver = OpenSearchRelevanceTests.Profiles.class)
// Outbox polling always indexes in the background: the test setting "sync" cannot apply.
@TestPropertySource(properties = "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=")
@DirtiesContext
class OpenSearchRelevanceTests extends SearchRelevanceTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("spring.jpa.properties.hibernate.search.backend.uris", OpenSearchNode::uri);
	}

	/** The profiles of the run (e.g. "postgres" in CI's second run) and "opensearch". */
	static class Profiles implements ActiveProfilesResolver {

		@Override
		public String[] resolve(Class<?> testClass) {
			List<String> profiles = new ArrayList<>();
			String active = System.getenv("SPRING_PROFILES_ACTIVE");
			if (active != null && !active.isBlank()) {
				Arrays.stream(active.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).forEach(profiles::add);
			}
			profiles.add("opensearch");
			return profiles.toArray(String[]::new);
		}

	}

}
