package nl.bewonersplein.accounts;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's login check. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	/** Stands in for an account that has no password yet (invited): matches no input. */
	private static final String NO_PASSWORD = "{bcrypt}-";

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String email) {
		Account account = this.accounts.findByEmail(Account.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("unknown account"));
		return principal(account, this.clock);
	}

	static AccountPrincipal principal(Account account, Clock clock) {
		return new AccountPrincipal(account.getId(), account.getEmail(),
				(account.getPasswordHash() != null) ? account.getPasswordHash() : NO_PASSWORD, account.getDisplayName(),
				account.getRoles().stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList(),
				account.isActive(), account.isLocked(clock.instant()), account.isPasswordChangeRequired(),
				account.hasTwoStepVerification());
	}

}
