package nl.bewonersplein.accounts;

import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice; {@code current} only where the current one must be given.
 *
 * @param current the current password, or null
 * @param password the new password
 * @param repeat the new password again
 */
record PasswordForm(@Size(max = Passwords.MAX_LENGTH) String current,
		@Size(max = Passwords.MAX_LENGTH, message = "{password.too-long}") String password,
		@Size(max = Passwords.MAX_LENGTH) String repeat) {

	PasswordForm {
		current = (current != null) ? current : "";
		password = (password != null) ? password : "";
		repeat = (repeat != null) ? repeat : "";
	}

}
