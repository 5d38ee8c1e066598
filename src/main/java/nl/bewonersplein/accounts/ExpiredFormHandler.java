package nl.bewonersplein.accounts;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * A form post refused for its token (the session expired, or it was logged out
 * elsewhere): when it is a kept kind of form ({@link KeptForms}), its text is kept and
 * the editor sent to log in again and then back to the form, filled in; otherwise, and
 * for every other refusal, the usual 403 page.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

	private final KeptForms kept;

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

	ExpiredFormHandler(KeptForms kept) {
		this.kept = kept;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		if (!(refused instanceof CsrfException) || !KeptForms.applies(request)) {
			this.otherwise.handle(request, response, refused);
			return;
		}
		String back = this.kept.keep(request);
		if (back == null) {
			this.otherwise.handle(request, response, refused);
			return;
		}
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			response.sendRedirect(request.getContextPath() + back);
			return;
		}
		// After the login, the success handler sends the editor on to the form's page.
		this.requests.saveRequest(new ComingBack(request, back), response);
		response.sendRedirect(request.getContextPath() + SecurityConfig.LOGIN + "?verlopen");
	}

	/** The page to come back to, as a GET the request cache can save. */
	private static final class ComingBack extends HttpServletRequestWrapper {

		private final String path;

		private final String query;

		ComingBack(HttpServletRequest request, String back) {
			super(request);
			int mark = back.indexOf('?');
			this.path = back.substring(0, mark);
			this.query = back.substring(mark + 1);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(super.getRequestURL());
			url.setLength(url.length() - super.getRequestURI().length());
			return url.append(getRequestURI());
		}

		@Override
		public String getServletPath() {
			return this.path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return this.query;
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of(KeptForms.PARAMETER, new String[] { this.query.substring(this.query.indexOf('=') + 1) });
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return getParameterMap().get(name);
		}

	}

}
