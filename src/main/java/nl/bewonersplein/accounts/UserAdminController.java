package nl.bewonersplein.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management for admins at {@code /admin/gebruikers}: the list, a user's page and
 * inviting someone. Changing what a user may do is in {@link UserAccessController}, their
 * personal data (export, erase) in {@link UserDataController}; the view records come from
 * {@link UserViews}.
 */
@Controller
class UserAdminController {

	static final String PATH = "/admin/gebruikers";

	private final Accounts accounts;

	private final AccountRepository repository;

	private final MessageSource messages;

	private final UserViews views;

	UserAdminController(Accounts accounts, AccountRepository repository, MessageSource messages) {
		this.accounts = accounts;
		this.repository = repository;
		this.messages = messages;
		this.views = new UserViews(messages);
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
			.map((account) -> this.views.user(account, me, locale))
			.toList();
		model.addAttribute("users", new UsersPage(users, null, null, List.of(), FormErrors.NONE));
		return "accounts/admin/users";
	}

	@GetMapping(PATH + "/nieuw")
	String inviteForm(Locale locale, Model model) {
		model.addAttribute("users", new UsersPage(List.of(), null, new UsersPage.Form("", ""),
				this.views.roleOptions(Set.of(Role.EDITOR), locale), FormErrors.NONE));
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
				this.views.roleOptions(form.roleSet(), locale), FormErrors.of(result, this.messages, locale)));
		return "accounts/admin/invite";
	}

	@GetMapping(PATH + "/{id}")
	@Transactional(readOnly = true)
	String user(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
		Account account = this.repository.findById(id).orElseThrow(UserViews::notFound);
		model.addAttribute("users", new UsersPage(List.of(), this.views.user(account, me, locale), null,
				this.views.roleOptions(account.getRoles(), locale), FormErrors.NONE));
		return "accounts/admin/user";
	}

}
