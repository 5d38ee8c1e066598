package nl.bewonersplein.accounts;

/** The rules a new password must meet; long passphrases beat complex short words. */
final class Passwords {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 200;

	private Passwords() {
	}

	/** The message key of what is wrong with the password, or null if it is fine. */
	static String problem(String password, String repeat, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.too-short";
		}
		if (password.length() > MAX_LENGTH) {
			return "password.too-long";
		}
		if (password.strip().isEmpty() || password.chars().distinct().count() < 4) {
			return "password.too-simple";
		}
		if (email != null && password.equalsIgnoreCase(email)) {
			return "password.is-email";
		}
		if (!password.equals(repeat)) {
			return "password.no-match";
		}
		return null;
	}

}
