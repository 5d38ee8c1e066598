package nl.bewonersplein.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turning two-step verification on and off, and checking a code at login. */
@Service
@Transactional
class TwoStep {

	private final AccountRepository accounts;

	private final RecoveryCodes recoveryCodes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TwoStep(AccountRepository accounts, RecoveryCodes recoveryCodes, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Turns it on if the code matches the new secret; returns the recovery codes to show
	 * once.
	 */
	Optional<List<String>> enable(long accountId, String secret, String code) {
		long step = Totp.step(secret, code, this.clock.instant());
		if (step < 0) {
			return Optional.empty();
		}
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.setTotpSecret(secret);
		account.setLastTotpStep(step);
		this.events.publishEvent(AccountActivity.of("two-step.enabled", account));
		return Optional.of(this.recoveryCodes.renew(accountId));
	}

	void disable(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.setTotpSecret(null);
		this.recoveryCodes.removeAll(accountId);
		this.events.publishEvent(AccountActivity.of("two-step.disabled", account));
	}

	/**
	 * Checks the second step of a login: an authenticator code (each time step once) or a
	 * recovery code. Wrong codes are counted apart from wrong passwords and across
	 * logins: {@link LoginAttempts#MAX_FAILURES} of them lock the account.
	 */
	Optional<Account> check(long accountId, String code) {
		Account account = this.accounts.findById(accountId).filter(Account::isActive).orElse(null);
		// Only the code lock counts here: a password lock does not stop the owner who has
		// the password and a code (see Account.isLocked).
		if (account == null || account.isCodeLocked(this.clock.instant()) || account.getTotpSecret() == null) {
			return Optional.empty();
		}
		long step = Totp.step(account.getTotpSecret(), code, this.clock.instant());
		if (step >= 0 && this.accounts.useTotpStep(accountId, step) > 0) {
			this.accounts.resetFailedCodes(accountId);
			return Optional.of(account);
		}
		if (code != null && code.strip().length() == 11 && this.recoveryCodes.use(accountId, code)) {
			this.accounts.resetFailedCodes(accountId);
			this.events.publishEvent(AccountActivity.of("two-step.recovery-code-used", account));
			return Optional.of(account);
		}
		this.accounts.countFailedCode(accountId);
		if (this.accounts.lockIfTooManyCodeFailures(accountId, LoginAttempts.MAX_FAILURES,
				this.clock.instant().plus(LoginAttempts.LOCK_TIME)) > 0) {
			this.events.publishEvent(AccountActivity.of("account.locked", account));
		}
		this.events.publishEvent(AccountActivity.of("login.failed", account, "second step"));
		return Optional.empty();
	}

}
