package nl.bewonersplein.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Ten single-use codes to log in when the phone with the authenticator app is lost. */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Replaces the account's codes with new ones, returned once to show to the person.
	 */
	List<String> renew(long accountId) {
		this.jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
				if (c == 4) {
					code.append('-');
				}
			}
			codes.add(code.toString());
			this.jdbc.update("insert into account_recovery_code (account_id, code_hash) values (?, ?)", accountId,
					Tokens.hash(code.toString()));
		}
		return codes;
	}

	/** Uses a code: true if it was one of the account's unused codes. */
	boolean use(long accountId, String code) {
		String clean = code.strip().toLowerCase(Locale.ROOT);
		return this.jdbc.update(
				"update account_recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
				Timestamp.from(this.clock.instant()), accountId, Tokens.hash(clean)) == 1;
	}

	void removeAll(long accountId) {
		this.jdbc.update("delete from account_recovery_code where account_id = ?", accountId);
	}

}
