package nl.bewonersplein.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import nl.bewonersplein.shared.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates accounts with known passwords for tests, and reads the mails sent to them. */
final class AccountFixtures {

	static final String PASSWORD = "een lange zin als wachtwoord";

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private AccountFixtures() {
	}

	static Account create(AccountRepository accounts, PasswordEncoder encoder, Role... roles) {
		return create(accounts, encoder, (String) null, roles);
	}

	/** An account with this display name, or "Persoon <n>" for null. */
	static Account create(AccountRepository accounts, PasswordEncoder encoder, String displayName, Role... roles) {
		long n = SEQUENCE.incrementAndGet();
		String email = "persoon" + n + "-" + System.nanoTime() + "@example.org";
		Account account = new Account(email, (displayName != null) ? displayName : "Persoon " + n,
				(roles.length == 0) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles)), Instant.now());
		account.setPassword(encoder.encode(PASSWORD), false);
		return accounts.save(account);
	}

	/** The plain-text bodies of the mails queued for this address, oldest first. */
	static List<String> mailsTo(JdbcTemplate jdbc, String email) {
		return jdbc.queryForList("select text_body from mail_outbox where recipient = ? order by id", String.class,
				email);
	}

	/** The first link to this site in the newest mail to this address. */
	static String linkInLastMail(JdbcTemplate jdbc, String email, String pathPrefix) {
		List<String> mails = mailsTo(jdbc, email);
		String last = mails.get(mails.size() - 1);
		int start = last.indexOf(pathPrefix);
		int end = start;
		while (end < last.length() && !Character.isWhitespace(last.charAt(end))) {
			end++;
		}
		return last.substring(start, end);
	}

}
