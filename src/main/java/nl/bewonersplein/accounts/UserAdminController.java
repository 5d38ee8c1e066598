package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management for admins at {@code /admin/gebruikers}: invite, roles, (de)activate.
 */
@Controller
class UserAdminController {

	static final String PATH = "/admin/gebruikers";

	private final Accounts accounts;

	private final AccountRepository repository;

	private final MessageSource messages;

	private final PersonalData personalData;

	UserAdminController(Accounts accounts, AccountRepository repository, MessageSource messages,
			PersonalData personalData) {
		this.accounts = accounts;
		this.repository = repository;
		this.messages = messages;
		this.personalData = personalData;
	}

	@Bean
	static AdminMenuItem usersMenuItem() {
		return new AdminMenuItem("users.menu", PATH, 80, Role.ADMIN);
	}

	@GetMapping(PATH)
	@Transactional(readOnly = true)
	String list(@AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
		List<UsersPage.User> users = this.repository.findAllByOrderByDisplayNameAsc()
			.stream()
			.map((account) -> view(account, me, locale))
			.toList();
		model.addAttribute("users", new UsersPage(users, null, null, List.of(), FormErrors.NONE));
		return "accounts/admin/users";
	}

	@GetMapping(PATH + "/nieuw")
	String inviteForm(Locale locale, Model model) {
		model.addAttribute("users", new UsersPage(List.of(), null, new UsersPage.Form("", ""),
				roleOptions(Set.of(Role.EDITOR), locale), FormErrors.NONE));
		return "accounts/admin/invite";
	}

	@PostMapping(PATH)
	String invite(@Valid @ModelAttribute("form") InviteForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.rolesKnown() || result.hasFieldErrors("roles")) {
			result.rejectValue("roles", "users.roles.unknown",
					this.messages.getMessage("users.roles.unknown", null, locale));
		}
		else if (form.roles().isEmpty()) {
			result.rejectValue("roles", "users.roles.required",
					this.messages.getMessage("users.roles.required", null, locale));
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.invite(form.name(), form.email(), form.roleSet());
				redirect.addFlashAttribute(AdminShell.FLASH, "users.invited");
				return "redirect:" + PATH;
			}
			catch (Accounts.EmailTaken ex) {
				result.rejectValue("email", "users.email.taken",
						this.messages.getMessage("users.email.taken", null, locale));
			}
		}
		response.setStatus(422);
		model.addAttribute("users", new UsersPage(List.of(), null, new UsersPage.Form(form.name(), form.email()),
				roleOptions(form.roleSet(), locale), FormErrors.of(result, this.messages, locale)));
		return "accounts/admin/invite";
	}

	@GetMapping(PATH + "/{id}")
	@Transactional(readOnly = true)
	String user(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
		Account account = this.repository.findById(id).orElseThrow(UserAdminController::notFound);
		model.addAttribute("users", new UsersPage(List.of(), view(account, me, locale), null,
				roleOptions(account.getRoles(), locale), FormErrors.NONE));
		return "accounts/admin/user";
	}

	@PostMapping(PATH + "/{id}/rollen")
	String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) List<String> roles,
			@AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserAdminController::notFound);
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
		this.repository.findById(id).orElseThrow(UserAdminController::notFound);
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
		this.repository.findById(id).orElseThrow(UserAdminController::notFound);
		this.accounts.activate(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.activated");
		return "redirect:" + PATH + "/" + id;
	}

	@GetMapping(value = PATH + "/{id}/export", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> export(@PathVariable long id) {
		this.repository.findById(id).orElseThrow(UserAdminController::notFound);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-" + id + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.personalData.export(id));
	}

	@GetMapping(PATH + "/{id}/verwijderen")
	String confirmErase(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Locale locale,
			Model model) {
		Account account = this.repository.findById(id).orElseThrow(UserAdminController::notFound);
		if (id == me.id()) {
			return "redirect:" + PATH + "/" + id;
		}
		model.addAttribute("confirmation",
				new Confirmation(this.messages.getMessage("users.erase.title", null, locale),
						this.messages.getMessage("users.erase.question", new Object[] { account.getDisplayName() },
								locale),
						PATH + "/" + id + "/verwijdering", this.messages.getMessage("users.erase.button", null, locale),
						PATH + "/" + id));
		return "admin/confirm";
	}

	@PostMapping(PATH + "/{id}/verwijdering")
	String erase(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserAdminController::notFound);
		if (id == me.id()) {
			redirect.addFlashAttribute(AdminShell.FLASH, "users.deactivate.self");
			return "redirect:" + PATH + "/" + id;
		}
		this.personalData.erase(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.erased");
		return "redirect:" + PATH;
	}

	private UsersPage.User view(Account account, AccountPrincipal me, Locale locale) {
		String roles = account.getRoles().stream().map((role) -> label(role, locale)).collect(Collectors.joining(", "));
		return new UsersPage.User(account.getId(), account.getDisplayName(), account.getEmail(), roles,
				account.isActive(), account.getPasswordHash() == null, account.hasTwoStepVerification(),
				account.getId() == me.id());
	}

	private List<UsersPage.RoleOption> roleOptions(Set<Role> checked, Locale locale) {
		return Arrays.stream(Role.values())
			.map((role) -> new UsersPage.RoleOption(role.name(), label(role, locale), checked.contains(role)))
			.toList();
	}

	private String label(Role role, Locale locale) {
		return this.messages.getMessage("role." + role.name().toLowerCase(Locale.ROOT), null, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
