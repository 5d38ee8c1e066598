package nl.bewonersplein.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides single-use secrets (password reset and invitation links) when staff look at a
 * mail in the outbox: whoever reads {@code /admin/mail} must not be able to take over the
 * recipient's account. A secret is a path segment or parameter value of 32 or more
 * URL-safe Base64 characters in mixed case, as {@code accounts.Tokens} makes them (slugs
 * are lower case).
 */
final class SecretLinks {

	private static final Pattern SECRET = Pattern.compile("(?<=[/=])[A-Za-z0-9_-]{32,}");

	private SecretLinks() {
	}

	static String hide(String text, String replacement) {
		if (text == null) {
			return null;
		}
		Matcher matcher = SECRET.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			String candidate = matcher.group();
			boolean secret = !candidate.equals(candidate.toLowerCase(java.util.Locale.ROOT))
					&& !candidate.equals(candidate.toUpperCase(java.util.Locale.ROOT));
			matcher.appendReplacement(out, Matcher.quoteReplacement(secret ? replacement : candidate));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
