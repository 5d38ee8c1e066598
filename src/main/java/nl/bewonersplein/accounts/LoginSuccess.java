package nl.bewonersplein.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a correct password: people with two-step verification are not logged in yet but
 * asked for their code; the others go to where they were going, or to their start page
 * (the admin for staff, their account for members).
 */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

	/** Session attribute holding the id of the account whose code is awaited. */
	static final String PENDING = LoginSuccess.class.getName() + ".pending";

	static final String CODE_PAGE = "/inloggen/code";

	private final SignIn signIn;

	LoginSuccess(SignIn signIn) {
		this.signIn = signIn;
		setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal person) {
			if (person.twoStep()) {
				this.signIn.out(request, response);
				request.getSession().setAttribute(PENDING, person.id());
				getRedirectStrategy().sendRedirect(request, response, CODE_PAGE);
				return;
			}
			boolean staff = person.getAuthorities()
				.stream()
				.anyMatch((a) -> !a.getAuthority().equals(Role.MEMBER.authority()));
			setDefaultTargetUrl(staff ? "/admin" : "/account");
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
