package nl.bewonersplein.editorial;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import nl.bewonersplein.BewonerspleinApplication;
import nl.bewonersplein.shared.Dates;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL database: a scheduled article goes online once, with
 * one announcement, although both nodes run the job every 100 ms and both are also made
 * to run it at the same moment by hand. Each node has its own clock, a day ahead of real
 * time, so the article is due for them only (no shared clock is moved). Runs only with
 * the {@code postgres} profile and {@code DATABASE_URL} (see HOWTO): H2 in memory cannot
 * be shared by two contexts the same way.
 */
class ScheduledPublicationNodesTests {

	/** The nodes' clock: a day ahead of real time. */
	@Configuration(proxyBeanMethods = false)
	static class DayAhead {

		@Bean
		@Primary
		Clock dayAheadClock() {
			return new Clock() {

				@Override
				public Instant instant() {
					return Instant.now().plus(Duration.ofDays(1));
				}

				@Override
				public ZoneId getZone() {
					return Dates.ZONE;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return Clock.offset(Clock.system(zone), Duration.ofDays(1));
				}

			};
		}

	}

	@Test
	void twoNodesPublishAScheduledArticleOnce() throws Exception {
		String url = System.getenv("DATABASE_URL");
		Assumptions.assumeTrue(url != null && url.startsWith("jdbc:postgresql:"),
				"needs PostgreSQL: SPRING_PROFILES_ACTIVE=postgres DATABASE_URL=jdbc:postgresql://...");
		AtomicInteger announced = new AtomicInteger();
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		try {
			for (String node : List.of("a", "b")) {
				SpringApplication application = new SpringApplication(BewonerspleinApplication.class, DayAhead.class);
				application.setAllowBeanDefinitionOverriding(true);
				application.addListeners((ApplicationListener<ApplicationEvent>) (event) -> {
					if (event instanceof PayloadApplicationEvent<?> payload
							&& payload.getPayload() instanceof PublicationChanged change
							&& change.kind().equals("article") && change.subject().contains("Twee knooppunten")) {
						announced.incrementAndGet();
					}
				});
				nodes.add(application.run("--server.port=0", "--spring.profiles.active=postgres",
						"--bewonersplein.demo-content.enabled=false", "--bewonersplein.toolkit.prewarm=false",
						"--spring.jmx.enabled=false", "--bewonersplein.editorial.schedule.every=PT0.1S",
						"--spring.jpa.properties.hibernate.search.backend.directory.root=target/nodes-index/" + node));
			}
			JdbcTemplate jdbc = nodes.get(0).getBean(JdbcTemplate.class);
			jdbc.update("delete from article where slug = 'twee-knooppunten'");
			Instant now = Instant.now();
			jdbc.update("insert into article (slug, kind, title, summary, body, status, updated_at, version)"
					+ " values ('twee-knooppunten', 'NEWS', 'Twee knooppunten', 'Eén keer online.', 'Tekst.',"
					+ " 'DRAFT', ?, 0)", Timestamp.from(now));
			long id = jdbc.queryForObject("select id from article where slug = 'twee-knooppunten'", Long.class);
			jdbc.update(
					"insert into editorial_schedule (kind, item_id, publish_at, created_at) values"
							+ " ('article', ?, ?, ?)",
					id, Timestamp.from(now.plus(Duration.ofHours(1))), Timestamp.from(now));

			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				ScheduledPublications job = nodes.get(i % 2).getBean(ScheduledPublications.class);
				runs.add(pool.submit(() -> {
					start.await();
					return job.publishDue();
				}));
			}
			start.countDown();
			int byHand = 0;
			for (Future<Integer> run : runs) {
				byHand += run.get(1, TimeUnit.MINUTES);
			}
			pool.shutdown();
			// Let the scheduled runs of both nodes go on for a while too.
			Thread.sleep(1500);

			assertThat(jdbc.queryForObject("select status from article where id = ?", String.class, id))
				.isEqualTo("PUBLISHED");
			assertThat(jdbc.queryForObject("select count(*) from editorial_schedule where item_id = ? and kind ="
					+ " 'article' and done_at is not null", Integer.class, id))
				.isEqualTo(1);
			assertThat(announced.get()).as("announced once over both nodes").isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'article.published' and subject like ?",
					Integer.class, "%Twee knooppunten%"))
				.as("one audit entry")
				.isEqualTo(1);
			assertThat(byHand).isLessThanOrEqualTo(1);
			jdbc.update("delete from editorial_schedule where item_id = ? and kind = 'article'", id);
			jdbc.update("delete from article where id = ?", id);
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
		}
	}

}
