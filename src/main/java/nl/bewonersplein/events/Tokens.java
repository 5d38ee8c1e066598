package nl.bewonersplein.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens of personal links: 32 random bytes, of which only the SHA-256 hash is
 * stored. The token is made when the sign-up form is shown and travels with it, so that a
 * repeated post of one form leads to the same personal page.
 */
final class Tokens {

	/** What a token looks like: 43 base64url characters. */
	static final String PATTERN = "[A-Za-z0-9_-]{43}";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String token) {
		return token != null && token.matches(PATTERN);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
