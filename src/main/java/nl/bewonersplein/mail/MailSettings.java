package nl.bewonersplein.mail;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox delivers and keeps mail, set through {@code bewonersplein.mail.*}. The
 * SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from sender address; empty means the network's public address
 * @param sendInterval pause between two delivery rounds
 * @param batchSize at most this many mails per round and node
 * @param maxAttempts after this many failed attempts a mail is marked failed
 * @param firstRetry wait after the first failure; doubles after each next one
 * @param maxRetry the longest wait between two attempts
 * @param lease how long a node may take to send a mail it claimed before another node may
 * take it over; must be well above the SMTP time-outs
 * @param retention mails older than this are deleted (they hold personal data)
 */
@Validated
@ConfigurationProperties("bewonersplein.mail")
record MailSettings(@DefaultValue("") String from, @DefaultValue("30s") Duration sendInterval,
		@DefaultValue("20") @Min(1) int batchSize, @DefaultValue("8") @Min(1) int maxAttempts,
		@DefaultValue("1m") Duration firstRetry, @DefaultValue("6h") Duration maxRetry,
		@DefaultValue("5m") Duration lease, @DefaultValue("90d") Duration retention) {

	/** Defaults, as without any {@code bewonersplein.mail.*} property. */
	static MailSettings defaults() {
		return new MailSettings("", Duration.ofSeconds(30), 20, 8, Duration.ofMinutes(1), Duration.ofHours(6),
				Duration.ofMinutes(5), Duration.ofDays(90));
	}

	/** The wait after failed attempt number {@code attempt} (1 for the first). */
	Duration backoff(int attempt) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
