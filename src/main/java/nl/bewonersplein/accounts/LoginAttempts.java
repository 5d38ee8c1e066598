package nl.bewonersplein.accounts;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks the account for {@link #LOCK_TIME} after
 * {@link #MAX_FAILURES} in a row; a successful login resets the count. Every outcome goes
 * to the audit log, by account id, never by e-mail address.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_TIME = Duration.ofMinutes(15);

	private final AccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LoginSlowdown slowdown;

	LoginAttempts(AccountRepository accounts, ApplicationEventPublisher events, Clock clock, LoginSlowdown slowdown) {
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.slowdown = slowdown;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.slowdown.failed();
		String email = Account.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
		this.accounts.findByEmail(email).ifPresentOrElse((account) -> {
			this.accounts.countFailedLogin(account.getId());
			boolean locked = this.accounts.lockIfTooManyFailures(account.getId(), MAX_FAILURES,
					this.clock.instant().plus(LOCK_TIME)) > 0;
			this.events.publishEvent(AccountActivity.of("login.failed", account));
			if (locked) {
				this.events.publishEvent(
						AccountActivity.of("account.locked", account, "for " + LOCK_TIME.toMinutes() + " minutes"));
			}
		}, () -> this.events.publishEvent(AccountActivity.unknown("login.failed")));
	}

	@EventListener
	public void locked(AuthenticationFailureLockedEvent event) {
		this.events.publishEvent((event.getAuthentication().getPrincipal() instanceof AccountPrincipal account)
				? AccountActivity.of("login.refused-locked", account.id())
				: AccountActivity.unknown("login.refused-locked"));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			this.accounts.resetFailedLogins(principal.id());
			this.events.publishEvent(AccountActivity.of("login.succeeded", principal.id()));
		}
	}

}
