package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cancellations racing: two people cancel their confirmed places at the same moment.
 * Each freed place goes to the waitlist exactly once, in arrival order: the first two
 * waiting are promoted and mailed once each, the others keep waiting, and places taken
 * never exceed the capacity. Run on H2 and on PostgreSQL (the {@code postgres} profile).
 */
@SiteTest
class CancellationRaceTests {

	private static final int ROUNDS = 10;

	@Autowired
	EventStore store;

	@Autowired
	Registrations registrations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.store::delete);
	}

	@Test
	void twoCancellationsAtOnceEachPromoteOneWaitingPersonExactlyOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				race(pool, round);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void race(ExecutorService pool, int round) throws Exception {
		Instant start = this.clock.instant().plus(Duration.ofDays(10));
		long id = this.store.create(
				EventFixtures.event("Race " + round, start, start.plus(Duration.ofHours(2)), Region.NOORD, 2, Set.of()),
				this.clock.instant());
		this.made.add(id);
		List<String> people = List.of("a", "b", "c", "d", "e", "f");
		for (String person : people) {
			assertThat(this.registrations.register(id,
					new Registrations.SignUp("Persoon " + person, mail(round, person), "", 1, "", Tokens.next(), null)))
				.isInstanceOf(Registrations.Outcome.Registered.class);
		}
		List<Long> ids = this.jdbc.queryForList("select id from event_registration where event_id = ? order by id",
				Long.class, id);
		assertThat(statuses(id)).containsExactly("CONFIRMED", "CONFIRMED", "WAITLIST", "WAITLIST", "WAITLIST",
				"WAITLIST");

		CountDownLatch go = new CountDownLatch(1);
		List<Callable<Boolean>> cancels = List.of(() -> {
			go.await();
			return this.registrations.cancel(id, ids.get(0));
		}, () -> {
			go.await();
			return this.registrations.cancel(id, ids.get(1));
		});
		List<Future<Boolean>> answers = new ArrayList<>();
		for (Callable<Boolean> cancel : cancels) {
			answers.add(pool.submit(cancel));
		}
		go.countDown();
		for (Future<Boolean> answer : answers) {
			assertThat(answer.get()).as("each cancellation went through").isTrue();
		}

		assertThat(statuses(id)).as("round %d", round)
			.containsExactly("CANCELLED", "CANCELLED", "CONFIRMED", "CONFIRMED", "WAITLIST", "WAITLIST");
		assertThat(this.store.byId(id).orElseThrow().placesTaken()).isEqualTo(2);
		String promoted = "Er is een plek voor je vrij: Race " + round;
		assertThat(mails(mail(round, "c"))).filteredOn(promoted::equals).hasSize(1);
		assertThat(mails(mail(round, "d"))).filteredOn(promoted::equals).hasSize(1);
		assertThat(mails(mail(round, "e"))).doesNotContain(promoted);
		assertThat(mails(mail(round, "f"))).doesNotContain(promoted);
	}

	private static String mail(int round, String person) {
		return "race" + round + "-" + person + "-" + ProcessHandle.current().pid() + "@voorbeeld.example";
	}

	private List<String> statuses(long eventId) {
		return this.jdbc.queryForList("select status from event_registration where event_id = ? order by id",
				String.class, eventId);
	}

	private List<String> mails(String recipient) {
		return this.jdbc.queryForList("select subject from mail_outbox where recipient = ? order by id", String.class,
				recipient);
	}

}
