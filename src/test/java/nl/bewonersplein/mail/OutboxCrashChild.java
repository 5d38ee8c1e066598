package nl.bewonersplein.mail;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's outbox in a process of its own, for {@link OutboxCrashTests}: a minimal
 * Spring context (the outbox classes, an H2 file database migrated by Flyway,
 * transactions) without the web and search parts, so it starts in a second.
 *
 * <ul>
 * <li>{@code queue URL}: queues a mail, prints {@code QUEUED <id>} after the commit, then
 * waits to be killed (this process sends nothing);
 * <li>{@code queue-and-send URL PORT}: the same, then starts a delivery round against
 * {@code PORT} and hangs there if that server never answers;
 * <li>{@code send URL PORT OFFSET}: one delivery round against the SMTP server at
 * {@code PORT}, with the clock {@code OFFSET} seconds ahead; prints {@code SENT <n>}.
 * </ul>
 */
public final class OutboxCrashChild {

	static final String RECIPIENT = "crash@kill.test";

	private OutboxCrashChild() {
	}

	public static void main(String[] args) throws Exception {
		((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
			.setLevel(Level.WARN);
		System.setProperty("outbox.child.url", args[1]);
		long offset = (args.length > 3) ? Long.parseLong(args[3]) : 0;
		System.setProperty("outbox.child.offset", Long.toString(offset));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Child.class)) {
			switch (args[0]) {
				case "queue" -> {
					queue(context);
					Thread.sleep(Long.MAX_VALUE);
				}
				case "queue-and-send" -> {
					queue(context);
					delivery(context, Integer.parseInt(args[2])).sendDue();
					System.out.println("SEND RETURNED");
					Thread.sleep(Long.MAX_VALUE);
				}
				case "send" -> {
					int sent = delivery(context, Integer.parseInt(args[2])).sendDue();
					System.out.println("SENT " + sent);
				}
				default -> throw new IllegalArgumentException(args[0]);
			}
		}
	}

	private static void queue(AnnotationConfigApplicationContext context) {
		Outbox outbox = context.getBean(Outbox.class);
		Long id = context.getBean(TransactionTemplate.class)
			.execute((status) -> outbox.queue(OutgoingMail.text(RECIPIENT, "Je bestelling is binnen",
					"Hallo,\n\nWe hebben je bestelling ontvangen.")));
		System.out.println("QUEUED " + id);
		System.out.flush();
	}

	private static OutboxDelivery delivery(AnnotationConfigApplicationContext context, int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		MailSettings settings = MailSettings.defaults();
		return new OutboxDelivery(context.getBean(JdbcTemplate.class), sender, context.getBean(Clock.class), settings,
				MailScheduler.fromAddress(settings, context.getBean(Network.class)));
	}

	// Deliberately not a @Configuration: the app's component scan would pick it up.
	@EnableTransactionManagement
	@Import({ Outbox.class, MailRenderer.class, OutboxStore.class })
	static class Child {

		@Bean
		DataSource dataSource() {
			JdbcDataSource h2 = new JdbcDataSource();
			h2.setURL(System.getProperty("outbox.child.url"));
			h2.setUser("sa");
			Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
			return h2;
		}

		@Bean
		JdbcTemplate jdbcTemplate(DataSource dataSource) {
			return new JdbcTemplate(dataSource);
		}

		@Bean
		PlatformTransactionManager transactionManager(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

		@Bean
		TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
			return new TransactionTemplate(transactions);
		}

		@Bean
		Clock clock() {
			return Clock.offset(Clock.systemUTC(),
					Duration.ofSeconds(Long.parseLong(System.getProperty("outbox.child.offset"))));
		}

		@Bean
		Network network() {
			return MailRendererTests.NETWORK;
		}

		@Bean
		SiteAddress siteAddress() {
			return new SiteAddress("http://localhost:8080", 8080);
		}

		@Bean
		TemplateEngine templateEngine() {
			return TemplateEngine.createPrecompiled(ContentType.Html);
		}

	}

}
