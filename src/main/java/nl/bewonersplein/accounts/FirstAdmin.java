package nl.bewonersplein.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;

import nl.bewonersplein.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin when there are no accounts at all. There is never a default
 * password: it is given on the command line or in the environment
 * ({@code bewonersplein.first-admin.password}), or else generated once, printed once to
 * the console (not to the log) and must be changed at the first login.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String email;

	private final String password;

	FirstAdmin(AccountRepository accounts, PasswordEncoder encoder, Clock clock,
			@Value("${bewonersplein.first-admin.email:${bewonersplein.network.email}}") String email,
			@Value("${bewonersplein.first-admin.password:}") String password) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.count() > 0) {
			return;
		}
		if (!this.password.isBlank()) {
			Account admin = new Account(this.email, "Beheerder", EnumSet.of(Role.ADMIN), this.clock.instant());
			admin.setPassword(this.encoder.encode(this.password), false);
			this.accounts.save(admin);
			log.info("Created the first admin account from the configured password");
			return;
		}
		String oneTime = createAdmin(this.email);
		log.info("Created the first admin account with a one-time password (printed to the console)");
		System.out.printf(
				"%n  First admin account created.%n  Log in at /inloggen as %s with this one-time password:%n"
						+ "%n      %s%n%n  You will be asked to choose your own password. This is shown only once.%n%n",
				Account.normalise(this.email), oneTime);
	}

	/**
	 * Creates an admin with a generated one-time password that must be changed at first
	 * login.
	 */
	@Transactional
	String createAdmin(String email) {
		Account admin = new Account(email, "Beheerder", EnumSet.of(Role.ADMIN), this.clock.instant());
		String oneTime = generate(20);
		admin.setPassword(this.encoder.encode(oneTime), true);
		this.accounts.save(admin);
		return oneTime;
	}

	static String generate(int length) {
		SecureRandom random = new SecureRandom();
		StringBuilder result = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			result.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return result.toString();
	}

}
