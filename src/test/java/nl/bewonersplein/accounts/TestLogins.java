package nl.bewonersplein.accounts;

import nl.bewonersplein.shared.Role;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Real accounts with a known password, for browser tests of any module that log in
 * through the login form.
 */
public final class TestLogins {

	/** The password of every account made here. */
	public static final String PASSWORD = AccountFixtures.PASSWORD;

	private TestLogins() {
	}

	/** A new active account with these roles; returns its e-mail address. */
	public static String create(ApplicationContext context, Role... roles) {
		return AccountFixtures
			.create(context.getBean(AccountRepository.class), context.getBean(PasswordEncoder.class), roles)
			.getEmail();
	}

	/**
	 * A new active account with this name (as the admin shows it, e.g. to a second
	 * editor) and these roles; returns its e-mail address.
	 */
	public static String create(ApplicationContext context, String displayName, Role... roles) {
		return AccountFixtures
			.create(context.getBean(AccountRepository.class), context.getBean(PasswordEncoder.class), displayName,
					roles)
			.getEmail();
	}

}
