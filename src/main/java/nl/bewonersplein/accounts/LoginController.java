package nl.bewonersplein.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the form's POST. */
@Controller
class LoginController {

	@GetMapping(SecurityConfig.LOGIN)
	String login(@RequestParam(name = "fout", required = false) String failed,
			@RequestParam(name = "uitgelogd", required = false) String loggedOut,
			@RequestParam(name = "wachtwoord-gekozen", required = false) String chosen,
			@RequestParam(name = "verlopen", required = false) String expired, HttpServletRequest request,
			Model model) {
		String email = (failed != null) ? LoginFailure.takeTypedEmail(request) : "";
		model.addAttribute("login",
				new LoginPage(failed != null, loggedOut != null, chosen != null, email, expired != null));
		return "accounts/login";
	}

}
