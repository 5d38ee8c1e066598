package nl.bewonersplein.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in person's own account: overview and password change. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final AccountRepository repository;

	private final MessageSource messages;

	private final TwoStepPolicy twoStep;

	private final SignIn signIn;

	AccountController(Accounts accounts, AccountRepository repository, MessageSource messages, TwoStepPolicy twoStep,
			SignIn signIn) {
		this.accounts = accounts;
		this.repository = repository;
		this.messages = messages;
		this.twoStep = twoStep;
		this.signIn = signIn;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
		Account account = this.repository.findById(me.id()).orElseThrow();
		// Role names as the user list shows them ("Beheerder"), not the codes.
		String roles = account.getRoles()
			.stream()
			.sorted()
			.map((role) -> this.messages.getMessage("role." + role.name().toLowerCase(Locale.ROOT), null, locale))
			.collect(java.util.stream.Collectors.joining(", "));
		model.addAttribute("account", new AccountPage(account.getDisplayName(), account.getEmail(), roles,
				account.hasTwoStepVerification(), this.twoStep.requiredFor(me)));
		return "accounts/account";
	}

	@GetMapping("/account/wachtwoord")
	String passwordForm(@AuthenticationPrincipal AccountPrincipal me, Locale locale, Model model) {
		model.addAttribute("form", new PasswordForm(null, null, null));
		model.addAttribute("page", page(me, FormErrors.NONE, locale));
		return "accounts/password";
	}

	@PostMapping("/account/wachtwoord")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me,
			@Valid @ModelAttribute("form") PasswordForm form, BindingResult result, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String problem = Passwords.problem(form.password(), form.repeat(), me.username());
		if (problem != null && !result.hasFieldErrors("password")) {
			result.rejectValue("password", problem, this.messages.getMessage(problem, null, locale));
		}
		if (!result.hasErrors() && !this.accounts.changePassword(me.id(), form.current(), form.password(),
				request.getSession().getId())) {
			result.rejectValue("current", "password.current-wrong",
					this.messages.getMessage("password.current-wrong", null, locale));
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("form", new PasswordForm(null, null, null));
			model.addAttribute("page", page(me, FormErrors.of(result, this.messages, locale), locale));
			return "accounts/password";
		}
		this.signIn.as(this.repository.findById(me.id()).orElseThrow(), request, response);
		redirect.addFlashAttribute(AdminShell.FLASH, "password.changed");
		return "redirect:/account";
	}

	private PasswordPage page(AccountPrincipal me, FormErrors errors, Locale locale) {
		String intro = me.passwordChangeRequired() ? "password.change.required" : "password.change.intro";
		return new PasswordPage(this.messages.getMessage("password.change.title", null, locale),
				this.messages.getMessage(intro, null, locale), "/account/wachtwoord", true, errors);
	}

}
