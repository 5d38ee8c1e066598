package nl.bewonersplein.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps a logged-in person on the page they must visit first: choosing their own password
 * (after a one-time password) or setting up two-step verification (when required).
 */
@Configuration(proxyBeanMethods = false)
class AccountGate implements WebMvcConfigurer, HandlerInterceptor {

	static final String PASSWORD = "/account/wachtwoord";

	static final String TWO_STEP = "/account/tweestaps";

	private final TwoStepPolicy policy;

	AccountGate(TwoStepPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/admin", "/admin/**", "/account", "/account/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !(user.getPrincipal() instanceof AccountPrincipal person)) {
			return true;
		}
		String path = request.getRequestURI();
		if (person.passwordChangeRequired() && !path.equals(PASSWORD)) {
			response.sendRedirect(PASSWORD);
			return false;
		}
		if (!person.passwordChangeRequired() && !person.twoStep() && this.policy.requiredFor(person)
				&& !path.startsWith(TWO_STEP) && !path.equals(PASSWORD)) {
			response.sendRedirect(TWO_STEP);
			return false;
		}
		return true;
	}

}
