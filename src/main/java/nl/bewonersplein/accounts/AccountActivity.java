package nl.bewonersplein.accounts;

import nl.bewonersplein.audit.Audited;

/**
 * Something happened to an account: a login, a lock, an invitation, a new password,
 * changed roles, two-step verification switched on or off, its data exported or erased.
 * Published in the transaction of the change; the audit log records it, and other modules
 * may react to it (e.g. to an erased account). Never carries the e-mail address.
 *
 * @param action what happened, e.g. {@code login.failed} or {@code account.roles-changed}
 * @param accountId the account, or null when the login named no known account
 * @param detail extra facts, e.g. {@code roles EDITOR -> ADMIN}; empty if none
 */
public record AccountActivity(String action, Long accountId, String detail) implements Audited {

	static AccountActivity of(String action, Account account) {
		return new AccountActivity(action, account.getId(), "");
	}

	static AccountActivity of(String action, Account account, String detail) {
		return new AccountActivity(action, account.getId(), detail);
	}

	static AccountActivity of(String action, long accountId) {
		return new AccountActivity(action, accountId, "");
	}

	/** A login for an address no account has, or a principal that is not an account. */
	static AccountActivity unknown(String action) {
		return new AccountActivity(action, null, "");
	}

	@Override
	public String subject() {
		return (this.accountId == null) ? "unknown account" : "account " + this.accountId;
	}

}
