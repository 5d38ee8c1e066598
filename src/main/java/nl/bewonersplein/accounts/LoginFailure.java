package nl.bewonersplein.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * After a failed login, back to the login page with the e-mail address kept, so only the
 * password has to be typed again. The address waits in the session (which the login
 * form's CSRF token already created) and is shown once.
 */
class LoginFailure extends SimpleUrlAuthenticationFailureHandler {

	/** Session attribute holding the e-mail address of the last failed attempt. */
	static final String TYPED_EMAIL = LoginFailure.class.getName() + ".email";

	LoginFailure(String failureUrl) {
		super(failureUrl);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = request.getParameter("email");
		HttpSession session = request.getSession(false);
		if (session != null && email != null) {
			String kept = email.strip();
			session.setAttribute(TYPED_EMAIL, (kept.length() > 254) ? kept.substring(0, 254) : kept);
		}
		super.onAuthenticationFailure(request, response, exception);
	}

	/** The address typed in the last failed attempt, once; empty when there is none. */
	static String takeTypedEmail(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(TYPED_EMAIL) instanceof String email)) {
			return "";
		}
		session.removeAttribute(TYPED_EMAIL);
		return email;
	}

}
