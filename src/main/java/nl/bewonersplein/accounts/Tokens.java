package nl.bewonersplein.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-use tokens for links sent by e-mail. The raw token goes into the link; only its
 * SHA-256 hash is stored. Using a token is one conditional UPDATE, so a link works once
 * even when it is clicked twice at the same moment.
 */
@Component
class Tokens {

	enum Purpose {

		RESET(Duration.ofHours(1)), INVITE(Duration.ofDays(7));

		final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Tokens(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issues a new token for the account, replacing its unused ones of the same purpose.
	 */
	String issue(long accountId, Purpose purpose) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.update("delete from account_token where account_id = ? and purpose = ? and used_at is null",
				accountId, purpose.name());
		this.jdbc.update("insert into account_token (account_id, purpose, token_hash, expires_at) values (?, ?, ?, ?)",
				accountId, purpose.name(), hash(token), Timestamp.from(this.clock.instant().plus(purpose.validity)));
		return token;
	}

	/** The account a valid, unused token belongs to, without using it. */
	Optional<Long> peek(String token, Purpose purpose) {
		List<Long> ids = this.jdbc.queryForList(
				"select account_id from account_token where token_hash = ? and purpose = ? and used_at is null"
						+ " and expires_at > ?",
				Long.class, hash(token), purpose.name(), Timestamp.from(this.clock.instant()));
		return ids.stream().findFirst();
	}

	/**
	 * Uses the token: the account it belongs to if it was valid and unused, else empty.
	 */
	Optional<Long> use(String token, Purpose purpose) {
		Optional<Long> account = peek(token, purpose);
		if (account.isEmpty()) {
			return account;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		int used = this.jdbc
			.update("update account_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null"
					+ " and expires_at > ?", now, hash(token), purpose.name(), now);
		return (used == 1) ? account : Optional.empty();
	}

	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
