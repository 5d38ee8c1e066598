package nl.bewonersplein.editorial;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * What makes a redirect acceptable: an old address that is a path on this site, a target
 * that is a path here or an https address, and no loops or chains (a target that itself
 * redirects, or old addresses that already lead to the one being redirected).
 */
@Component
class RedirectRules {

	/** Why a redirect is refused: the field and the message key. */
	record Refusal(String field, String key, String hint) {

	}

	private final RedirectRepository redirects;

	RedirectRules(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	static String normalise(String path) {
		if (path == null) {
			return "";
		}
		String value = path.strip();
		if (value.startsWith("http://") || value.startsWith("https://")) {
			return value;
		}
		int hash = value.indexOf('#');
		if (hash >= 0) {
			value = value.substring(0, hash);
		}
		if (value.length() > 1 && value.endsWith("/")) {
			value = value.substring(0, value.length() - 1);
		}
		return value;
	}

	static boolean isPath(String value) {
		return value.startsWith("/") && !value.startsWith("//") && value.length() <= 300
				&& value.chars().noneMatch((c) -> Character.isWhitespace(c) || c == '\\' || c < 32);
	}

	static boolean isTarget(String value) {
		return isPath(value) || (value.startsWith("https://") && value.length() <= 300 && value.length() > 8
				&& value.chars().noneMatch((c) -> Character.isWhitespace(c) || c < 32));
	}

	/**
	 * Checks a redirect from {@code from} to {@code to}; {@code self} is the id of the
	 * redirect being changed, or null for a new one.
	 */
	Optional<Refusal> check(String from, String to, Long self) {
		if (!isPath(from)) {
			return refuse("oldPath", "editorial.redirects.old.invalid", "");
		}
		if (!isTarget(to)) {
			return refuse("newPath", "editorial.redirects.new.invalid", "");
		}
		if (from.equals(to)) {
			return refuse("newPath", "editorial.redirects.loop", "");
		}
		Optional<Redirect> existing = this.redirects.findByOldPath(from);
		if (existing.isPresent() && !existing.get().getId().equals(self)) {
			return refuse("oldPath", "editorial.redirects.old.taken", "");
		}
		Optional<Redirect> onward = this.redirects.findByOldPath(to)
			.filter((redirect) -> !redirect.getId().equals(self));
		if (onward.isPresent()) {
			String next = onward.get().getNewPath();
			if (from.equals(next)) {
				return refuse("newPath", "editorial.redirects.loop", "");
			}
			return (next != null) ? refuse("newPath", "editorial.redirects.chain", next)
					: refuse("newPath", "editorial.redirects.gone-target", "");
		}
		boolean leadingHere = this.redirects.findByNewPath(from)
			.stream()
			.anyMatch((redirect) -> !redirect.getId().equals(self));
		if (leadingHere) {
			return refuse("oldPath", "editorial.redirects.chain-in", "");
		}
		return Optional.empty();
	}

	/**
	 * Checks where visitors of a deleted page at {@code from} are sent: a valid target,
	 * not the page itself, not an address that redirects itself.
	 */
	Optional<Refusal> checkTarget(String from, String to) {
		if (!isTarget(to)) {
			return refuse("doorsturen", "editorial.redirects.new.invalid", "");
		}
		if (from.equals(to)) {
			return refuse("doorsturen", "editorial.redirects.loop", "");
		}
		Optional<Redirect> onward = this.redirects.findByOldPath(to);
		if (onward.isPresent()) {
			String next = onward.get().getNewPath();
			return (next == null) ? refuse("doorsturen", "editorial.redirects.gone-target", "")
					: from.equals(next) ? refuse("doorsturen", "editorial.redirects.loop", "")
							: refuse("doorsturen", "editorial.redirects.chain", next);
		}
		return Optional.empty();
	}

	private static Optional<Refusal> refuse(String field, String key, String hint) {
		return Optional.of(new Refusal(field, key, hint));
	}

}
