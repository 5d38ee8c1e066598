package nl.bewonersplein.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Network;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up two-step verification, and its step at login ({@code /inloggen/code}). */
@Controller
class TwoStepController {

	private static final String SETUP_SECRET = TwoStepController.class.getName() + ".secret";

	private static final String CODES = "recoveryCodes";

	private final TwoStep twoStep;

	private final TwoStepPolicy policy;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SignIn signIn;

	private final MessageSource messages;

	private final Network network;

	TwoStepController(TwoStep twoStep, TwoStepPolicy policy, AccountRepository accounts, PasswordEncoder encoder,
			SignIn signIn, MessageSource messages, Network network) {
		this.twoStep = twoStep;
		this.policy = policy;
		this.accounts = accounts;
		this.encoder = encoder;
		this.signIn = signIn;
		this.messages = messages;
		this.network = network;
	}

	@GetMapping(LoginSuccess.CODE_PAGE)
	String codeForm(HttpSession session, Model model) {
		if (session.getAttribute(LoginSuccess.PENDING) == null) {
			return "redirect:/inloggen";
		}
		model.addAttribute("failed", false);
		return "accounts/code";
	}

	@PostMapping(LoginSuccess.CODE_PAGE)
	String code(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		Object pending = session.getAttribute(LoginSuccess.PENDING);
		if (!(pending instanceof Long accountId)) {
			return "redirect:/inloggen";
		}
		Optional<Account> account = this.twoStep.check(accountId, code.length() > 20 ? "" : code);
		if (account.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("failed", true);
			return "accounts/code";
		}
		session.removeAttribute(LoginSuccess.PENDING);
		request.changeSessionId();
		this.signIn.as(account.get(), request, response);
		boolean staff = account.get()
			.getRoles()
			.stream()
			.anyMatch((role) -> role != nl.bewonersplein.shared.Role.MEMBER);
		return "redirect:" + (staff ? "/admin" : "/account");
	}

	@GetMapping(AccountGate.TWO_STEP)
	String setup(@AuthenticationPrincipal AccountPrincipal me, HttpSession session, Model model) {
		Account account = this.accounts.findById(me.id()).orElseThrow();
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) model.getAttribute(CODES);
		model.addAttribute("page", page(account, me, session, (codes != null) ? codes : List.of(), FormErrors.NONE));
		return "accounts/two-step";
	}

	@PostMapping(AccountGate.TWO_STEP)
	String enable(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		HttpSession session = request.getSession();
		Object secret = session.getAttribute(SETUP_SECRET);
		Optional<List<String>> codes = (secret instanceof String s) ? this.twoStep.enable(me.id(), s, code)
				: Optional.empty();
		Account account = this.accounts.findById(me.id()).orElseThrow();
		if (codes.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("page",
					page(account, me, session, List.of(), error("code", "two-step.code-wrong", locale)));
			return "accounts/two-step";
		}
		session.removeAttribute(SETUP_SECRET);
		this.signIn.as(account, request, response);
		redirect.addFlashAttribute(CODES, codes.get());
		redirect.addFlashAttribute(AdminShell.FLASH, "two-step.enabled");
		return "redirect:" + AccountGate.TWO_STEP;
	}

	@PostMapping(AccountGate.TWO_STEP + "/uitzetten")
	String disable(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(name = "wachtwoord", defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.findById(me.id()).orElseThrow();
		String problem = this.policy.requiredFor(me) ? "two-step.required"
				: !this.encoder.matches(password, account.getPasswordHash()) ? "password.current-wrong" : null;
		if (problem != null) {
			response.setStatus(422);
			model.addAttribute("page",
					page(account, me, request.getSession(), List.of(), error("wachtwoord", problem, locale)));
			return "accounts/two-step";
		}
		this.twoStep.disable(me.id());
		this.signIn.as(this.accounts.findById(me.id()).orElseThrow(), request, response);
		redirect.addFlashAttribute(AdminShell.FLASH, "two-step.disabled");
		return "redirect:/account";
	}

	private TwoStepPage page(Account account, AccountPrincipal me, HttpSession session, List<String> codes,
			FormErrors errors) {
		if (account.hasTwoStepVerification()) {
			return new TwoStepPage(true, this.policy.requiredFor(me), null, null, codes, errors);
		}
		String secret = (session.getAttribute(SETUP_SECRET) instanceof String s) ? s : Totp.newSecret();
		session.setAttribute(SETUP_SECRET, secret);
		String uri = Totp.uri(this.network.shortName(), account.getEmail(), secret);
		return new TwoStepPage(false, this.policy.requiredFor(me), QrCode.svg(uri, "QR-code"),
				secret.replaceAll("(.{4})", "$1 ").strip(), codes, errors);
	}

	private FormErrors error(String field, String key, Locale locale) {
		return new FormErrors(java.util.Map.of(field, this.messages.getMessage(key, null, locale)), List.of());
	}

}
