package nl.bewonersplein.accounts;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security's login check. Every branch costs one password hash,
 * so the answer time tells nothing about an address: an unknown one is hashed by Spring
 * Security against its dummy, an invited account (no password yet) is checked against a
 * real hash of a random secret, and a locked or deactivated account (refused before its
 * password is checked) hashes against that dummy here.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String email) {
		Account account = this.accounts.findByEmail(Account.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		AccountPrincipal principal = principal(account, this.clock);
		if (!principal.isEnabled() || !principal.isAccountNonLocked()) {
			// Refused before the password check: spend the same time as one.
			this.encoder.matches(email, NoPassword.HASH);
		}
		return principal;
	}

	static AccountPrincipal principal(Account account, Clock clock) {
		return new AccountPrincipal(account.getId(), account.getEmail(),
				(account.getPasswordHash() != null) ? account.getPasswordHash() : NoPassword.HASH,
				account.getDisplayName(),
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList(),
				account.isActive(), account.isLocked(clock.instant()), account.isPasswordChangeRequired(),
				account.hasTwoStepVerification());
	}

	/**
	 * Stands in for an account that has no password yet (invited): a real hash, so it
	 * costs as much as any other check, of a random secret, so it matches no input.
	 * Hashed on the first login, not while the app starts (a cold bcrypt takes a few
	 * hundred milliseconds).
	 */
	private static final class NoPassword {

		static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder().encode(UUID.randomUUID().toString());

	}

}
