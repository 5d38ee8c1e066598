package nl.bewonersplein.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to accounts: invitations, passwords, roles, (de)activation. Each change is
 * audited (by account id, never by e-mail address); mails go through the outbox in the
 * same transaction.
 */
@Service
@Transactional
class Accounts {

	private final AccountRepository accounts;

	private final Tokens tokens;

	private final AccountMails mails;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(AccountRepository accounts, Tokens tokens, AccountMails mails, PasswordEncoder encoder,
			AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.encoder = encoder;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** Thrown when an invitation names an address that already has an account. */
	static class EmailTaken extends RuntimeException {

	}

	/** Creates an account without a password and mails its owner a link to choose one. */
	Account invite(String name, String email, Set<Role> roles) {
		if (this.accounts.findByEmail(Account.normalise(email)).isPresent()) {
			throw new EmailTaken();
		}
		Account account = this.accounts.save(new Account(email, name.strip(), roles, this.clock.instant()));
		String token = this.tokens.issue(account.getId(), Tokens.Purpose.INVITE);
		this.mails.invitation(account, token);
		this.events.publishEvent(AccountActivity.of("account.invited", account, "roles " + roles(roles)));
		return account;
	}

	/** Mails a new invitation link to an account that never chose a password. */
	void reinvite(Account account) {
		String token = this.tokens.issue(account.getId(), Tokens.Purpose.INVITE);
		this.mails.invitation(account, token);
		this.events.publishEvent(AccountActivity.of("account.reinvited", account));
	}

	/**
	 * Mails a reset link if the address belongs to an active account; says nothing either
	 * way.
	 */
	void requestReset(String email) {
		this.accounts.findByEmail(Account.normalise(email)).filter(Account::isActive).ifPresent((account) -> {
			String token = this.tokens.issue(account.getId(), Tokens.Purpose.RESET);
			this.mails.passwordReset(account, token);
			this.events.publishEvent(AccountActivity.of("password.reset-requested", account));
		});
	}

	/** Whether a reset or invitation link is valid (still unused and in time). */
	boolean validLink(String token, Tokens.Purpose purpose) {
		return this.tokens.peek(token, purpose).flatMap(this.accounts::findById).filter(Account::isActive).isPresent();
	}

	/**
	 * The account of a valid link, for the password rules (which need its e-mail
	 * address).
	 */
	Optional<Account> linkAccount(String token, Tokens.Purpose purpose) {
		return this.tokens.peek(token, purpose).flatMap(this.accounts::findById);
	}

	/**
	 * Sets a new password through a reset or invitation link, which is used up; also
	 * unlocks the account and ends its sessions elsewhere (whoever knew the old password
	 * is logged out). Empty if the link was not (or no longer) valid.
	 */
	Optional<Account> setPasswordByLink(String token, Tokens.Purpose purpose, String password, String keepSessionId) {
		Optional<Account> account = this.tokens.use(token, purpose)
			.flatMap(this.accounts::findById)
			.filter(Account::isActive);
		account.ifPresent((found) -> {
			found.setPassword(this.encoder.encode(password), false);
			this.accounts.unlock(found.getId());
			this.sessions.endOthers(found.getEmail(), keepSessionId);
			this.events.publishEvent(AccountActivity
				.of((purpose == Tokens.Purpose.INVITE) ? "invitation.accepted" : "password.reset", found));
		});
		return account;
	}

	/**
	 * Changes the password after checking the current one, and ends the person's other
	 * sessions; the one with {@code keepSessionId} stays logged in.
	 */
	boolean changePassword(long accountId, String current, String password, String keepSessionId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!this.encoder.matches(current, account.getPasswordHash())) {
			return false;
		}
		account.setPassword(this.encoder.encode(password), false);
		this.sessions.endOthers(account.getEmail(), keepSessionId);
		this.events.publishEvent(AccountActivity.of("password.changed", account));
		return true;
	}

	void changeRoles(long accountId, Set<Role> roles) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Set<Role> before = account.getRoles();
		if (!before.equals(roles)) {
			account.setRoles(roles);
			this.events.publishEvent(
					AccountActivity.of("account.roles-changed", account, roles(before) + " -> " + roles(roles)));
			// A changed role takes effect at once: the person logs in again.
			this.sessions.endAll(account.getEmail());
		}
	}

	/** Stops an account from logging in and ends its sessions at once. */
	void deactivate(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.setActive(false);
		this.sessions.endAll(account.getEmail());
		this.events.publishEvent(AccountActivity.of("account.deactivated", account));
	}

	void activate(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		account.setActive(true);
		this.events.publishEvent(AccountActivity.of("account.activated", account));
	}

	static String roles(Set<Role> roles) {
		return roles.isEmpty() ? "none" : roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

}
