package nl.bewonersplein.events;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.CachedSiteTest;
import nl.bewonersplein.Http;
import nl.bewonersplein.SqlStatements;
import nl.bewonersplein.shared.Region;
import nl.bewonersplein.site.PageCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the page cache on, as in production: a sign-up changes the places left on the
 * event's page and in the agenda on the very next request, and the sign-up form (with its
 * tokens) is never served from the cache.
 */
@CachedSiteTest
class EventFreshnessTests {

	@LocalServerPort
	int port;

	@Autowired
	EventStore store;

	@Autowired
	PageCache pages;

	@Autowired
	Clock clock;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	Event make(int capacity) {
		Instant start = this.clock.instant().plus(Duration.ofHours(3));
		long id = this.store.create(EventFixtures.event("Versheidsavond", start, start.plus(Duration.ofHours(2)),
				Region.WEST, capacity, Set.of()), this.clock.instant());
		this.made.add(id);
		// Written straight into the store, as the admin would after its audited change.
		this.pages.changed();
		return this.store.byId(id).orElseThrow();
	}

	@Test
	void aSignUpChangesThePlacesLeftOnTheVeryNextRequest() {
		Event event = make(5);
		Http visitor = new Http(this.port);
		String page = "/agenda/" + event.slug();
		assertThat(visitor.get(page).body()).contains("Nog 5 plaatsen vrij.");
		assertThat(visitor.get("/agenda").body()).contains("Versheidsavond", "Nog 5 plaatsen");
		SqlStatements.Measured cached = SqlStatements.get(visitor, page);
		assertThat(cached.body()).contains("Nog 5 plaatsen vrij.");
		assertThat(cached.statements()).as("served from the cache").isZero();
		assertThat(SqlStatements.get(visitor, "/agenda").statements()).as("served from the cache").isZero();

		Http resident = Http.withCookies(this.port);
		HttpResponse<String> posted = resident.post(page + "/aanmeldingen",
				RegistrationTests.filled(RegistrationTests.openForm(resident, event), "Vera Vers", "", "06 12345678"));
		assertThat(posted.statusCode()).isEqualTo(302);

		assertThat(visitor.get(page).body()).as("the very next request").contains("Nog 4 plaatsen vrij.");
		assertThat(visitor.get("/agenda").body()).contains("Nog 4 plaatsen").doesNotContain("Nog 5 plaatsen");
	}

	@Test
	void theSignUpFormWithItsTokensIsNeverServedFromTheCache() {
		Event event = make(20);
		Http visitor = new Http(this.port);
		String form = "/agenda/" + event.slug() + "/aanmelden";
		HttpResponse<String> first = visitor.get(form);
		SqlStatements.Measured second = SqlStatements.get(visitor, form);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.statements()).as("rendered again").isPositive();
		assertThat(token(second.body())).isNotEqualTo(token(first.body()));
	}

	private static String token(String body) {
		int at = body.indexOf("name=\"formToken\" value=\"");
		assertThat(at).as("a form token on the page").isPositive();
		return body.substring(at, body.indexOf('>', at));
	}

}
