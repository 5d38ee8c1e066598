package nl.bewonersplein.accounts;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts an account into the session as the logged-in person: after the second login step,
 * and after a change (password) that the session must reflect at once.
 */
@Component
class SignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Clock clock;

	SignIn(Clock clock) {
		this.clock = clock;
	}

	void as(Account account, HttpServletRequest request, HttpServletResponse response) {
		AccountPrincipal principal = AccountDetailsService.principal(account, this.clock);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	void out(HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
	}

}
