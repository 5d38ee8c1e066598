package nl.bewonersplein.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A brake on password guessing spread over many accounts and addresses (which neither the
 * per-account lock nor the per-address limit sees): when more than {@code perMinute}
 * logins failed in the last minute, on all accounts together, every login attempt waits,
 * 100 ms for each failure over the limit, at most {@code max}. People still get in, only
 * more slowly, while a guessing run slows to a crawl. Counted per app node.
 */
@Component
class LoginSlowdown {

	private static final int WINDOW_SECONDS = 60;

	private static final Duration STEP = Duration.ofMillis(100);

	private final int perMinute;

	private final Duration max;

	private final Clock clock;

	// Failures per second over the last minute, in a ring indexed by epoch second.
	private final long[] seconds = new long[WINDOW_SECONDS];

	private final int[] counts = new int[WINDOW_SECONDS];

	LoginSlowdown(@Value("${bewonersplein.security.failed-logins-per-minute:30}") int perMinute,
			@Value("${bewonersplein.security.login-slowdown-max:3s}") Duration max, Clock clock) {
		this.perMinute = perMinute;
		this.max = max;
		this.clock = clock;
	}

	synchronized void failed() {
		long now = this.clock.instant().getEpochSecond();
		int slot = (int) Math.floorMod(now, WINDOW_SECONDS);
		if (this.seconds[slot] != now) {
			this.seconds[slot] = now;
			this.counts[slot] = 0;
		}
		this.counts[slot]++;
	}

	synchronized int recentFailures() {
		long now = this.clock.instant().getEpochSecond();
		int total = 0;
		for (int i = 0; i < WINDOW_SECONDS; i++) {
			if (this.seconds[i] > now - WINDOW_SECONDS && this.seconds[i] <= now) {
				total += this.counts[i];
			}
		}
		return total;
	}

	/**
	 * How long the next login attempt waits: zero while failures stay under the limit.
	 */
	Duration delay() {
		int over = recentFailures() - this.perMinute;
		if (over <= 0) {
			return Duration.ZERO;
		}
		Duration delay = STEP.multipliedBy(over);
		return (delay.compareTo(this.max) > 0) ? this.max : delay;
	}

	/** Waits {@link #delay()} before a login attempt is checked. */
	void await() {
		long millis = delay().toMillis();
		if (millis > 0) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
