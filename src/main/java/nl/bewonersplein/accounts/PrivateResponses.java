package nl.bewonersplein.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Cache-Control: no-store} on every response that may hold personal data: the
 * admin, the account pages, the login steps and password links, and any page shown to a
 * logged-in person (which names them). Neither a shared cache nor the browser's history
 * keeps such a page. Set before the request is handled, so a handler that knows better (a
 * fingerprinted static file) can still override it.
 */
class PrivateResponses extends OncePerRequestFilter {

	private static final String[] PRIVATE_PATHS = { "/admin", "/account", SecurityConfig.LOGIN,
			PasswordLinkController.FORGOT, PasswordLinkController.RESET, PasswordLinkController.INVITATION };

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isPrivate(request)) {
			response.setHeader("Cache-Control", "no-store");
		}
		chain.doFilter(request, response);
	}

	static boolean isPrivate(HttpServletRequest request) {
		String path = request.getRequestURI();
		for (String prefix : PRIVATE_PATHS) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
