package nl.bewonersplein.accounts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.shared.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member accounts for other modules: invites a person to an account with the role
 * {@link Role#MEMBER} (Lid), by e-mail through the outbox, in the caller's transaction.
 * The module that invites keeps which initiative the account belongs to; accounts does
 * not know initiatives.
 */
@Service
@Transactional
public class MemberInvitations {

	private final Accounts accounts;

	private final AccountRepository repository;

	MemberInvitations(Accounts accounts, AccountRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	/**
	 * The account of {@code email} with the role MEMBER. A new address gets an account
	 * and an invitation mail to choose a password; an existing account gets the role
	 * added if it lacks it (and keeps its password), and a new invitation if it never
	 * chose a password.
	 * @return the account's id
	 */
	public long invite(String name, String email) {
		return this.repository.findByEmail(Account.normalise(email)).map((account) -> {
			Set<Role> roles = account.getRoles();
			if (!roles.contains(Role.MEMBER)) {
				Set<Role> more = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
				more.add(Role.MEMBER);
				this.accounts.changeRoles(account.getId(), more);
			}
			if (account.getPasswordHash() == null) {
				this.accounts.reinvite(account);
			}
			return account.getId();
		}).orElseGet(() -> this.accounts.invite(name, email, EnumSet.of(Role.MEMBER)).getId());
	}

	/** The display names of the given accounts that exist, by id. */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> accountIds) {
		return this.repository.findAllById(accountIds)
			.stream()
			.collect(Collectors.toMap(Account::getId, Account::getDisplayName));
	}

}
