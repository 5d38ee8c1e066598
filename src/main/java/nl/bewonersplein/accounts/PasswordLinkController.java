package nl.bewonersplein.accounts;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Wachtwoord vergeten": ask for a link by e-mail, then choose a new password through it.
 * The same form accepts an invitation. Links are single-use; a reset link lasts an hour.
 */
@Controller
class PasswordLinkController {

	static final String FORGOT = "/wachtwoord-vergeten";

	static final String RESET = "/wachtwoord-herstellen/";

	static final String INVITATION = "/uitnodiging/";

	private final Accounts accounts;

	private final MessageSource messages;

	PasswordLinkController(Accounts accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * The request for a reset link.
	 *
	 * @param email the address of the account
	 */
	record ResetRequestForm(@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
			message = "{form.email}") String email) {

	}

	@GetMapping(FORGOT)
	String forgot(@RequestParam(name = "verstuurd", required = false) String sent, Model model) {
		model.addAttribute("forgot", new ForgotPage("", sent != null, FormErrors.NONE));
		return "accounts/forgot";
	}

	@PostMapping(FORGOT)
	String requestLink(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult result,
			HttpServletResponse response, Locale locale, Model model) {
		if (result.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("forgot", new ForgotPage((form.email() != null) ? form.email() : "", false,
					FormErrors.of(result, this.messages, locale)));
			return "accounts/forgot";
		}
		this.accounts.requestReset(form.email());
		return "redirect:" + FORGOT + "?verstuurd";
	}

	@GetMapping(RESET + "{token}")
	String resetForm(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		return form(token, Tokens.Purpose.RESET, FormErrors.NONE, locale, model, response);
	}

	@PostMapping(RESET + "{token}")
	String reset(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		return choose(token, Tokens.Purpose.RESET, form, result, locale, model, request, response);
	}

	@GetMapping(INVITATION + "{token}")
	String invitationForm(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
		return form(token, Tokens.Purpose.INVITE, FormErrors.NONE, locale, model, response);
	}

	@PostMapping(INVITATION + "{token}")
	String acceptInvitation(@PathVariable String token, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		return choose(token, Tokens.Purpose.INVITE, form, result, locale, model, request, response);
	}

	private String choose(String token, Tokens.Purpose purpose, PasswordForm form, BindingResult result, Locale locale,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		String email = this.accounts.linkAccount(token, purpose).map(Account::getEmail).orElse(null);
		if (email == null) {
			return invalid(model, response);
		}
		String problem = Passwords.problem(form.password(), form.repeat(), email);
		if (problem != null && !result.hasFieldErrors("password")) {
			result.rejectValue("password", problem, this.messages.getMessage(problem, null, locale));
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return form(token, purpose, FormErrors.of(result, this.messages, locale), locale, model, response);
		}
		if (this.accounts.setPasswordByLink(token, purpose, form.password(), sessionId(request)).isEmpty()) {
			return invalid(model, response);
		}
		return "redirect:/inloggen?wachtwoord-gekozen";
	}

	private String form(String token, Tokens.Purpose purpose, FormErrors errors, Locale locale, Model model,
			HttpServletResponse response) {
		if (!this.accounts.validLink(token, purpose)) {
			return invalid(model, response);
		}
		boolean invite = purpose == Tokens.Purpose.INVITE;
		model.addAttribute("form", new PasswordForm(null, null, null));
		model.addAttribute("page",
				new PasswordPage(
						this.messages.getMessage(invite ? "invitation.title" : "password.reset.title", null, locale),
						this.messages.getMessage(invite ? "invitation.intro" : "password.reset.intro", null, locale),
						(invite ? INVITATION : RESET) + token, false, errors));
		return "accounts/password";
	}

	private static String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.addAttribute("forgot", new ForgotPage("", false, FormErrors.NONE));
		return "accounts/link-invalid";
	}

}
