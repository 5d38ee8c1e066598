package nl.bewonersplein.editorial;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret links to a draft of any editable type, for a partner without an account: the
 * link is shown once when it is made (only a hash of its secret is stored), works without
 * logging in, expires after {@code bewonersplein.editorial.preview-links.days} (default
 * 14) and can be revoked.
 */
@Component
public class PreviewLinks {

	/** Where a preview link's path starts. */
	public static final String PATH = "/voorbeeld/";

	/**
	 * A link as the edit page lists it.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param expiresAt when it stops working
	 * @param revokedAt when it was revoked, or null
	 * @param author who made it, or null
	 */
	public record Link(long id, Instant createdAt, Instant expiresAt, Instant revokedAt, String author) {

		public boolean works(Instant now) {
			return this.revokedAt == null && now.isBefore(this.expiresAt);
		}

	}

	/** What a secret stands for. */
	sealed interface Found {

	}

	/** A working link to this item. */
	record Valid(String kind, long itemId) implements Found {

	}

	/** A link that was revoked or expired. */
	record Stopped() implements Found {

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration lifetime;

	PreviewLinks(JdbcTemplate jdbc, Clock clock, @Value("${bewonersplein.editorial.preview-links.days:14}") int days) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lifetime = Duration.ofDays(Math.max(days, 1));
	}

	/**
	 * Makes a new link to the item.
	 * @return the path with the secret, e.g. {@code /voorbeeld/Xy...}; shown only now
	 */
	@Transactional
	public String create(String kind, long itemId) {
		byte[] secret = new byte[24];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		this.jdbc.update(
				"insert into editorial_preview_link (kind, item_id, token_hash, created_at, expires_at, author)"
						+ " values (?, ?, ?, ?, ?, ?)",
				kind, itemId, hash(token), Timestamp.from(now), Timestamp.from(now.plus(this.lifetime)),
				Revisions.currentUser());
		return PATH + token;
	}

	/** The item's links, newest first. */
	@Transactional(readOnly = true)
	public List<Link> list(String kind, long itemId) {
		return this.jdbc.query(
				"select id, created_at, expires_at, revoked_at, author from editorial_preview_link"
						+ " where kind = ? and item_id = ? order by id desc",
				(row, n) -> new Link(row.getLong(1), row.getTimestamp(2).toInstant(), row.getTimestamp(3).toInstant(),
						(row.getTimestamp(4) != null) ? row.getTimestamp(4).toInstant() : null, row.getString(5)),
				kind, itemId);
	}

	/**
	 * Revokes one of the item's links.
	 * @return whether it was one of its working links
	 */
	@Transactional
	public boolean revoke(String kind, long itemId, long linkId) {
		return this.jdbc
			.update("update editorial_preview_link set revoked_at = ? where id = ? and kind = ? and item_id = ?"
					+ " and revoked_at is null", Timestamp.from(this.clock.instant()), linkId, kind, itemId) == 1;
	}

	/** Forgets the links of a deleted item. */
	@Transactional
	public void forget(String kind, long itemId) {
		this.jdbc.update("delete from editorial_preview_link where kind = ? and item_id = ?", kind, itemId);
	}

	/** What the secret of a link stands for, if it is one of ours. */
	@Transactional(readOnly = true)
	Optional<Found> find(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc
			.query("select kind, item_id, expires_at, revoked_at from editorial_preview_link where token_hash = ?",
					(row, n) -> (row.getTimestamp(4) == null && now.isBefore(row.getTimestamp(3).toInstant()))
							? (Found) new Valid(row.getString(1), row.getLong(2)) : new Stopped(),
					hash(token))
			.stream()
			.findFirst();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
