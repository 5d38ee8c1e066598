package nl.bewonersplein.editorial;

import java.time.Instant;
import java.util.List;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin's search of redirects pages through its matches in order and counts them all:
 * the count query Spring Data derives from the {@code @Query} (with the simple query
 * rewriter, see {@code site.RepositoryQueryParsing}) drops the ordering and keeps the
 * conditions.
 */
@SiteTest
class RedirectSearchTests {

	@Autowired
	RedirectRepository redirects;

	@AfterEach
	void removeOurs() {
		this.redirects.deleteAll(this.redirects.search("%/zoektest-%", PageRequest.of(0, 100)).getContent());
	}

	@Test
	void pagesAreCountedAndOrdered() {
		for (String path : List.of("/zoektest-c", "/zoektest-a", "/zoektest-b")) {
			this.redirects.save(new Redirect(path, "/nieuws", Instant.parse("2026-12-01T10:00:00Z")));
		}
		this.redirects.save(new Redirect("/elders-zoekbron", "/zoektest-doel", Instant.parse("2026-12-01T10:00:00Z")));

		Page<Redirect> first = this.redirects.search("%/zoektest-%", PageRequest.of(0, 2));
		assertThat(first.getTotalElements()).as("old or new address matches").isEqualTo(4);
		assertThat(first.getContent()).extracting(Redirect::getOldPath)
			.containsExactly("/elders-zoekbron", "/zoektest-a");
		Page<Redirect> second = this.redirects.search("%/zoektest-%", PageRequest.of(1, 2));
		assertThat(second.getContent()).extracting(Redirect::getOldPath).containsExactly("/zoektest-b", "/zoektest-c");
	}

}
