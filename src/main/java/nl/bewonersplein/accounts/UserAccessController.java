package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a user may do, changed by an admin on the user's page: roles, deactivating and
 * activating. See {@link UserAdminController} for the list and invitations.
 */
@Controller
class UserAccessController {

	private static final String PATH = UserAdminController.PATH;

	private final Accounts accounts;

	private final AccountRepository repository;

	UserAccessController(Accounts accounts, AccountRepository repository) {
		this.accounts = accounts;
		this.repository = repository;
	}

	@PostMapping(PATH + "/{id}/rollen")
	String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserViews::notFound);
		Set<Role> chosen = (roles != null) ? roles.stream()
			.filter((name) -> Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(name)))
			.map(Role::valueOf)
			.collect(Collectors.toSet()) : Set.of();
		if (chosen.isEmpty() || (id == me.id() && !chosen.contains(Role.ADMIN))) {
			// Nobody ends up without a role, and an admin cannot lock themselves out.
			redirect.addFlashAttribute(AdminShell.FLASH, "users.roles.refused");
			return "redirect:" + PATH + "/" + id;
		}
		this.accounts.changeRoles(id, chosen);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.roles.changed");
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/deactivering")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me,
			RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserViews::notFound);
		if (id == me.id()) {
			redirect.addFlashAttribute(AdminShell.FLASH, "users.deactivate.self");
			return "redirect:" + PATH + "/" + id;
		}
		this.accounts.deactivate(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.deactivated");
		return "redirect:" + PATH + "/" + id;
	}

	@PostMapping(PATH + "/{id}/activering")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserViews::notFound);
		this.accounts.activate(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.activated");
		return "redirect:" + PATH + "/" + id;
	}

}
