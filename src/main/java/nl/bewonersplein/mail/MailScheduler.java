package nl.bewonersplein.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bewonersplein.shared.Network;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs the outbox's jobs on every node: a delivery round every
 * {@code bewonersplein.mail.send-interval} and right after a mail was committed, when an
 * SMTP server is configured ({@code spring.mail.host}), and the deletion of mails older
 * than the retention period every hour. Without an SMTP server, mails stay in the outbox
 * for admins to read.
 */
@Component
class MailScheduler implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(MailScheduler.class);

	private final OutboxDelivery delivery;

	private final OutboxStore store;

	private final Clock clock;

	private final MailSettings settings;

	private final AtomicBoolean roundRequested = new AtomicBoolean();

	private volatile ScheduledTaskRegistrar tasks;

	MailScheduler(ObjectProvider<JavaMailSender> sender, Environment environment, JdbcTemplate jdbc, OutboxStore store,
			Clock clock, MailSettings settings, Network network) {
		this.store = store;
		this.clock = clock;
		this.settings = settings;
		JavaMailSender smtp = SmtpSender.find(sender, environment);
		this.delivery = (smtp != null) ? new OutboxDelivery(jdbc, smtp, clock, settings, fromAddress(settings, network))
				: null;
		if (smtp == null) {
			log.info("No SMTP server configured (spring.mail.host): mail stays in the outbox, see /admin/mail");
		}
	}

	/** Whether this node sends mail at all. */
	boolean sending() {
		return this.delivery != null;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		this.tasks = tasks;
		if (this.delivery != null) {
			tasks.addFixedDelayTask(this::deliver, this.settings.sendInterval());
		}
		tasks.addFixedDelayTask(this::deleteExpired, Duration.ofHours(1));
	}

	/**
	 * Starts a delivery round now, on the scheduler's thread, when a mail was committed,
	 * so that it does not wait for the next interval. Requests coalesce into one round.
	 */
	@TransactionalEventListener
	void queued(MailQueued event) {
		TaskScheduler scheduler = (this.tasks != null) ? this.tasks.getScheduler() : null;
		if (this.delivery != null && scheduler != null && this.roundRequested.compareAndSet(false, true)) {
			scheduler.schedule(() -> {
				this.roundRequested.set(false);
				deliver();
			}, scheduler.getClock().instant());
		}
	}

	void deliver() {
		try {
			this.delivery.sendDue();
		}
		catch (RuntimeException ex) {
			// The database may be briefly unreachable; the next round tries again.
			log.warn("Outbox delivery round failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** Deletes the mails older than the retention period (they hold personal data). */
	int deleteExpired() {
		int deleted = this.store.deleteCreatedBefore(this.clock.instant().minus(this.settings.retention()));
		if (deleted > 0) {
			log.info("Deleted {} mails older than {} from the outbox", deleted, this.settings.retention());
		}
		return deleted;
	}

	static InternetAddress fromAddress(MailSettings settings, Network network) {
		String address = settings.from().isBlank() ? network.email() : settings.from();
		try {
			return new InternetAddress(address, network.name(), "UTF-8");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
