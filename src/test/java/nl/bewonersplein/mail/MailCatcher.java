package nl.bewonersplein.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import nl.bewonersplein.shared.Network;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For other modules' tests: delivers what the shared test application queued in its
 * outbox to a GreenMail SMTP server, as the scheduled sender would, and returns what one
 * recipient received, so a test can read the real message (parts, attachments, headers)
 * that leaves the site.
 */
public final class MailCatcher {

	private MailCatcher() {
	}

	/** What one delivery round handed to the SMTP server. */
	public interface Delivered {

		/** The messages {@code recipient} received, in the order they arrived. */
		List<MimeMessage> to(String recipient);

	}

	/**
	 * Delivers every due mail, once: a second call delivers only what was queued since.
	 */
	public static Delivered deliver(ApplicationContext context) {
		Network network = context.getBean(Network.class);
		// A batch large enough that mails other tests left in the shared outbox cannot
		// crowd ours out, and a clock a moment after the app's, so that what was just
		// queued is due.
		MailSettings settings = new MailSettings("", Duration.ofSeconds(30), 100_000, 8, Duration.ofMinutes(1),
				Duration.ofHours(6), Duration.ofMinutes(5), Duration.ofDays(90));
		Clock clock = Clock.offset(context.getBean(Clock.class), Duration.ofSeconds(1));
		try (TestSmtp smtp = new TestSmtp().start()) {
			new OutboxDelivery(context.getBean(JdbcTemplate.class), smtp.sender(), clock, settings,
					MailScheduler.fromAddress(settings, network))
				.sendDue();
			List<MimeMessage> received = smtp.received();
			return (recipient) -> TestSmtp.receivedFor(received, recipient);
		}
	}

}
