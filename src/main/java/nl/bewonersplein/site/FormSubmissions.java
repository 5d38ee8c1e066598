package nl.bewonersplein.site;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes every create form idempotent. A form carries a one-time token
 * ({@link #newToken()}, rendered by {@code component/form-token.jte}); {@link #submit}
 * records the token in the same transaction as the record the form creates. A double
 * click, a resubmit after Back or ten concurrent posts of one form therefore create one
 * record and all answer with its location; a unique key taken meanwhile by another form
 * becomes {@link Outcome.Conflict} (answer 409 with the form kept), never a 500.
 */
@Component
public class FormSubmissions {

	/** The name of the hidden field that carries the token. */
	public static final String FIELD = "formToken";

	private static final Logger log = LoggerFactory.getLogger(FormSubmissions.class);

	/**
	 * What a token looks like, for a form record's {@code @Pattern}: 16 to 64 URL-safe
	 * characters.
	 */
	public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{16,64}";

	private static final Pattern TOKEN = Pattern.compile(TOKEN_PATTERN);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Duration KEPT = Duration.ofDays(2);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FormSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * A fresh token for a create form being shown; keep it when the form is shown again
	 * with messages.
	 * @return 22 URL-safe characters
	 */
	public String newToken() {
		return token();
	}

	/**
	 * A fresh token, for a form record's {@code empty()}: the same as
	 * {@link #newToken()}.
	 * @return 22 URL-safe characters
	 */
	public static String token() {
		// A page with a one-time token must not be served to others.
		PageCache.doNotStoreThisPage();
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Tells whether a posted value can be a token of ours.
	 * @param token the posted value, may be {@code null}
	 * @return whether it has the form of a token
	 */
	public static boolean isToken(String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/**
	 * Where an earlier, completed post of the same form led. Ask this when validation
	 * fails, before answering 422: a repeated post of a form that was saved meanwhile
	 * fails validation (its slug is taken — by itself) and must get the same answer as
	 * the first.
	 * @param token the posted token, may be {@code null}
	 * @return the location of the record the first post made, if any
	 */
	public Optional<String> earlier(String token) {
		if (!isToken(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select location from form_submission where token = ? and location is not null", String.class,
					token)
			.stream()
			.findFirst();
	}

	/**
	 * Runs {@code create} once per token. Call it outside a transaction: it runs
	 * {@code create} in a transaction of its own, together with the token.
	 * @param token the form's token; a missing or malformed one gets a fresh token, so
	 * the post is handled but cannot be recognised when repeated
	 * @param create makes the record and returns where the browser goes next
	 * @return what happened
	 */
	public Outcome submit(String token, Supplier<String> create) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("FormSubmissions.submit must be called outside a transaction");
		}
		String key = isToken(token) ? token : newToken();
		long until = System.nanoTime() + WAIT.toNanos();
		while (true) {
			boolean[] claimed = { false };
			try {
				String location = this.transactions.execute((status) -> {
					this.jdbc.update("insert into form_submission (token, created_at) values (?, ?)", key,
							Timestamp.from(this.clock.instant()));
					claimed[0] = true;
					String where = create.get();
					this.jdbc.update("update form_submission set location = ? where token = ?", where, key);
					return where;
				});
				return new Outcome.Done(location, false);
			}
			catch (DataAccessException ex) {
				if (claimed[0]) {
					if (ex instanceof DataIntegrityViolationException) {
						return new Outcome.Conflict();
					}
					throw ex;
				}
				// Another post of the same form holds the token: once it has committed,
				// its
				// answer is ours; if it rolled back, the next round handles this post as
				// the first.
				List<String> found = this.jdbc.queryForList("select location from form_submission where token = ?",
						String.class, key);
				if (!found.isEmpty() && found.get(0) != null) {
					return new Outcome.Done(found.get(0), true);
				}
				if (System.nanoTime() > until) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a form submission", ex);
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "site-form-submissions-cleanup", lockAtMostFor = "PT10M")
	void forgetOld() {
		int removed = this.jdbc.update("delete from form_submission where created_at < ?",
				Timestamp.from(this.clock.instant().minus(KEPT)));
		if (removed > 0) {
			log.debug("Forgot {} form submissions older than {}", removed, KEPT);
		}
	}

	/** What a submission led to. */
	public sealed interface Outcome {

		/**
		 * The record exists: send the browser to its location.
		 *
		 * @param location where to go next
		 * @param repeated whether an earlier post of the same form made it
		 */
		record Done(String location, boolean repeated) implements Outcome {
		}

		/** A unique key was taken by another form meanwhile: show the form again, 409. */
		record Conflict() implements Outcome {
		}

	}

}
