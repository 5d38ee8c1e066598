package nl.bewonersplein.mail;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.admin.Attention;
import nl.bewonersplein.shared.Network;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * The outbox against a GreenMail SMTP server: queued in the caller's transaction,
 * delivered once, retried with back-off while the server is down, never twice when two
 * senders race, given up after the last attempt. Runs on H2 and, in CI, on PostgreSQL.
 */
@SiteTest
class OutboxDeliveryTests {

	static final String DOMAIN = "@delivery.test";

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Network network;

	@Autowired
	List<Attention.Provider> attention;

	// The defaults, but a batch large enough that mails other tests left in the shared
	// outbox cannot crowd this test's mail out of a round.
	final MailSettings settings = new MailSettings("", Duration.ofSeconds(30), 100_000, 8, Duration.ofMinutes(1),
			Duration.ofHours(6), Duration.ofMinutes(5), Duration.ofDays(90));

	// The sender's clock: a moment after the app's clock stamps the mails queued here, in
	// the microseconds the databases store.
	final MutableClock clock = new MutableClock(Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MICROS));

	@AfterEach
	void removeOurMails() {
		this.jdbc.update("delete from mail_outbox where recipient like ?", "%" + DOMAIN);
	}

	@Test
	void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
		try (TestSmtp smtp = new TestSmtp().start()) {
			this.transactions.executeWithoutResult((status) -> {
				this.outbox.queue(OutgoingMail.text("rollback" + DOMAIN, "Bevestiging", "Je bestelling is binnen."));
				status.setRollbackOnly();
			});

			delivery(smtp.sender()).sendDue();

			assertThat(smtp.receivedFor("rollback" + DOMAIN)).isEmpty();
			assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class,
					"rollback" + DOMAIN))
				.isZero();
		}
	}

	@Test
	void queueingNeedsTheCallersTransactionAndAValidAddress() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.outbox.queue(OutgoingMail.text("alone" + DOMAIN, "x", "y")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.transactions
			.executeWithoutResult((status) -> this.outbox.queue(OutgoingMail.text("not an address", "x", "y"))));
	}

	@Test
	void aQueuedMailIsDeliveredExactlyOnceWithItsStoredMessageId() throws Exception {
		try (TestSmtp smtp = new TestSmtp().start()) {
			long id = queue("once" + DOMAIN, "Welkom bij het netwerk");
			OutboxDelivery delivery = delivery(smtp.sender());

			delivery.sendDue();
			this.clock.advance(Duration.ofDays(1));
			delivery.sendDue();

			List<MimeMessage> received = smtp.receivedFor("once" + DOMAIN);
			assertThat(received).hasSize(1);
			MimeMessage mail = received.get(0);
			assertThat(mail.getSubject()).isEqualTo("Welkom bij het netwerk");
			assertThat(mail.getFrom()[0].toString()).contains(this.network.email());
			assertThat(TestSmtp.messageId(mail)).isEqualTo(this.store.find(id).orElseThrow().messageId());
			assertThat(parts((MimeMultipart) mail.getContent())).contains("text/plain", "text/html");
			OutboxStore.Stored stored = this.store.find(id).orElseThrow();
			assertThat(stored.summary().status()).isEqualTo(MailStatus.SENT);
			assertThat(stored.summary().sentAt()).isNotNull();
		}
	}

	@Test
	void mailAcceptedWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
		TestSmtp smtp = new TestSmtp();
		long id = queue("down" + DOMAIN, "Je aanmelding");
		OutboxDelivery delivery = delivery(smtp.sender());

		delivery.sendDue();
		OutboxStore.Stored afterFailure = this.store.find(id).orElseThrow();
		assertThat(afterFailure.summary().status()).isEqualTo(MailStatus.PENDING);
		assertThat(afterFailure.summary().attempts()).isEqualTo(1);
		assertThat(afterFailure.lastError()).contains("Connect");
		assertThat(afterFailure.nextAttemptAt()).isEqualTo(this.clock.instant().plus(this.settings.firstRetry()));

		try (TestSmtp back = smtp.start()) {
			delivery.sendDue(); // still backing off
			assertThat(back.receivedFor("down" + DOMAIN)).isEmpty();

			this.clock.advance(this.settings.firstRetry());
			delivery.sendDue();
			delivery.sendDue();
			this.clock.advance(Duration.ofHours(12));
			delivery.sendDue();

			assertThat(back.receivedFor("down" + DOMAIN)).hasSize(1);
			assertThat(this.store.find(id).orElseThrow().summary().status()).isEqualTo(MailStatus.SENT);
		}
	}

	@Test
	void twoSendersRacingDeliverEachMailOnce() throws Exception {
		try (TestSmtp smtp = new TestSmtp().start()) {
			List<String> recipients = IntStream.range(0, 30).mapToObj((i) -> "race" + i + DOMAIN).toList();
			recipients.forEach((to) -> queue(to, "Race"));
			// Queueing 30 mails can take longer than the second the senders' clock is
			// ahead on a busy machine: catch up, so that all of them are due.
			Duration behind = Duration.between(this.clock.instant(), Instant.now().plusSeconds(1));
			if (!behind.isNegative()) {
				this.clock.advance(behind);
			}
			OutboxDelivery first = delivery(smtp.sender());
			OutboxDelivery second = delivery(smtp.sender());
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				List<Future<Integer>> rounds = new ArrayList<>();
				for (OutboxDelivery node : List.of(first, second)) {
					Callable<Integer> round = () -> {
						start.await();
						int sent = 0;
						for (int i = 0; i < 3; i++) {
							sent += node.sendDue();
						}
						return sent;
					};
					rounds.add(threads.submit(round));
				}
				start.countDown();
				int sent = 0;
				for (Future<Integer> round : rounds) {
					sent += round.get();
				}
				assertThat(sent).isGreaterThanOrEqualTo(recipients.size());
			}
			finally {
				threads.shutdown();
			}

			for (String to : recipients) {
				assertThat(smtp.receivedFor(to)).as(to).hasSize(1);
			}
			Set<String> ids = recipients.stream()
				.map((to) -> TestSmtp.messageId(smtp.receivedFor(to).get(0)))
				.collect(Collectors.toSet());
			assertThat(ids).hasSize(recipients.size());
		}
	}

	@Test
	void afterTheLastAttemptAMailIsFailedAndShownToAdmins() {
		TestSmtp nowhere = new TestSmtp();
		long id = queue("failing" + DOMAIN, "Komt nooit aan");
		OutboxDelivery delivery = delivery(nowhere.sender());
		long failedBefore = failedOnDashboard();

		for (int attempt = 0; attempt < this.settings.maxAttempts() + 2; attempt++) {
			delivery.sendDue();
			this.clock.advance(this.settings.maxRetry());
		}

		OutboxStore.Stored failed = this.store.find(id).orElseThrow();
		assertThat(failed.summary().status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.summary().attempts()).isEqualTo(this.settings.maxAttempts());
		assertThat(failed.lastError()).contains("Connect").doesNotContain("\tat ");
		assertThat(failedOnDashboard()).isEqualTo(failedBefore + 1);
	}

	@Test
	void aMailWhoseSenderDiedIsTakenOverWhenTheLeaseEnds() {
		try (TestSmtp smtp = new TestSmtp().start()) {
			long id = queue("crashed" + DOMAIN, "Na een crash");
			// A node claimed it and died before it sent it.
			this.jdbc.update(
					"update mail_outbox set status = 'SENDING', attempts = 1, claim_token = 'dead',"
							+ " lease_until = ? where id = ?",
					OutboxStore.time(this.clock.instant().plus(this.settings.lease())), id);
			OutboxDelivery delivery = delivery(smtp.sender());

			delivery.sendDue();
			assertThat(smtp.receivedFor("crashed" + DOMAIN)).isEmpty();

			this.clock.advance(this.settings.lease());
			delivery.sendDue();
			delivery.sendDue();

			assertThat(smtp.receivedFor("crashed" + DOMAIN)).hasSize(1);
			assertThat(this.store.find(id).orElseThrow().summary().attempts()).isEqualTo(2);
		}
	}

	@Test
	void withAnSmtpServerTheSchedulerDeliversAndWithoutOneItOnlyCleansUp() {
		try (TestSmtp smtp = new TestSmtp().start()) {
			long id = queue("scheduled" + DOMAIN, "Via de planner");
			MailScheduler withServer = scheduler(new StaticListableBeanFactory(Map.of("mailSender", smtp.sender())));
			MailScheduler withoutServer = scheduler(new StaticListableBeanFactory());
			ScheduledTaskRegistrar withTasks = new ScheduledTaskRegistrar();
			withServer.configureTasks(withTasks);
			ScheduledTaskRegistrar withoutTasks = new ScheduledTaskRegistrar();
			withoutServer.configureTasks(withoutTasks);

			assertThat(withTasks.getFixedDelayTaskList()).hasSize(2);
			assertThat(withoutTasks.getFixedDelayTaskList()).hasSize(1);
			assertThat(withoutServer.sending()).isFalse();

			withServer.deliver();
			assertThat(smtp.receivedFor("scheduled" + DOMAIN)).hasSize(1);
			assertThat(this.store.find(id).orElseThrow().summary().status()).isEqualTo(MailStatus.SENT);
		}
	}

	@Test
	void aCommittedMailStartsOneDeliveryRoundAtOnce() {
		try (TestSmtp smtp = new TestSmtp().start()) {
			long first = queue("soon1" + DOMAIN, "Meteen");
			long second = queue("soon2" + DOMAIN, "Ook meteen");
			MailScheduler scheduler = scheduler(new StaticListableBeanFactory(Map.of("mailSender", smtp.sender())));
			TaskScheduler tasks = mock(TaskScheduler.class);
			given(tasks.getClock()).willReturn(this.clock);
			ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
			registrar.setTaskScheduler(tasks);
			scheduler.configureTasks(registrar);

			scheduler.queued(new MailQueued(first));
			scheduler.queued(new MailQueued(second));

			ArgumentCaptor<Runnable> round = ArgumentCaptor.forClass(Runnable.class);
			then(tasks).should().schedule(round.capture(), eq(this.clock.instant()));
			round.getValue().run();
			assertThat(smtp.receivedFor("soon1" + DOMAIN)).hasSize(1);
			assertThat(smtp.receivedFor("soon2" + DOMAIN)).hasSize(1);
		}
	}

	@Test
	void mailsOlderThanTheRetentionPeriodAreDeleted() {
		long old = queue("old" + DOMAIN, "Oud");
		long recent = queue("recent" + DOMAIN, "Nieuw");
		this.jdbc.update("update mail_outbox set created_at = ? where id = ?",
				OutboxStore.time(Instant.now().minus(Duration.ofDays(91))), old);

		new MailScheduler(
				new org.springframework.beans.factory.support.StaticListableBeanFactory()
					.getBeanProvider(JavaMailSender.class),
				new MockEnvironment(), this.jdbc, this.store, java.time.Clock.systemUTC(), this.settings, this.network)
			.deleteExpired();

		assertThat(this.store.find(old)).isEmpty();
		assertThat(this.store.find(recent)).isPresent();
	}

	private long queue(String to, String subject) {
		return this.transactions.execute((status) -> this.outbox.queue(
				OutgoingMail.text(to, subject, "Hallo,\n\nDit is een test.", "Ga naar de site", "https://x.example/")));
	}

	private MailScheduler scheduler(StaticListableBeanFactory beans) {
		return new MailScheduler(beans.getBeanProvider(JavaMailSender.class), new MockEnvironment(), this.jdbc,
				this.store, this.clock, this.settings, this.network);
	}

	@Test
	void anSmtpHostSetAtStartSendsMailAlsoWithoutBootsSender() {
		// Under Spring AOT Boot's sender is decided when the jar is built, without a
		// host.
		MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.example")
			.withProperty("spring.mail.port", "2525")
			.withProperty("spring.mail.properties.mail.smtp.timeout", "1234");
		MailScheduler withHost = new MailScheduler(
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), environment, this.jdbc,
				this.store, this.clock, this.settings, this.network);
		assertThat(withHost.sending()).isTrue();
		JavaMailSenderImpl made = (JavaMailSenderImpl) SmtpSender
			.find(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), environment);
		assertThat(made.getHost()).isEqualTo("smtp.example");
		assertThat(made.getPort()).isEqualTo(2525);
		assertThat(made.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "1234");
		assertThat(SmtpSender.find(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				new MockEnvironment()))
			.as("no host, no sender")
			.isNull();
	}

	private OutboxDelivery delivery(JavaMailSender sender) {
		return new OutboxDelivery(this.jdbc, sender, this.clock, this.settings,
				MailScheduler.fromAddress(this.settings, this.network));
	}

	private long failedOnDashboard() {
		return this.attention.stream()
			.flatMap((provider) -> provider.attention().stream())
			.filter((item) -> item.labelKey().equals("mail.attention.failed"))
			.mapToLong(Attention::count)
			.sum();
	}

	private static List<String> parts(MimeMultipart multipart) throws Exception {
		List<String> types = new ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			Object content = multipart.getBodyPart(i).getContent();
			if (content instanceof MimeMultipart nested) {
				types.addAll(parts(nested));
			}
			else {
				types.add(multipart.getBodyPart(i).getContentType().replaceAll(";.*", "").toLowerCase());
			}
		}
		return types;
	}

}
