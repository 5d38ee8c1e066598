package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The view records of the user-management pages, shared by {@link UserAdminController},
 * {@link UserAccessController} and {@link UserDataController}.
 */
final class UserViews {

	private final MessageSource messages;

	UserViews(MessageSource messages) {
		this.messages = messages;
	}

	UsersPage.User user(Account account, AccountPrincipal me, Locale locale) {
		String roles = account.getRoles().stream().map((role) -> label(role, locale)).collect(Collectors.joining(", "));
		return new UsersPage.User(account.getId(), account.getDisplayName(), account.getEmail(), roles,
				account.isActive(), account.getPasswordHash() == null, account.hasTwoStepVerification(),
				account.getId() == me.id());
	}

	List<UsersPage.RoleOption> roleOptions(Set<Role> checked, Locale locale) {
		return Arrays.stream(Role.values())
			.map((role) -> new UsersPage.RoleOption(role.name(), label(role, locale), checked.contains(role)))
			.toList();
	}

	private String label(Role role, Locale locale) {
		return this.messages.getMessage("role." + role.name().toLowerCase(Locale.ROOT), null, locale);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
