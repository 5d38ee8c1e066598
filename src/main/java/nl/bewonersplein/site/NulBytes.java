package nl.bewonersplein.site;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * NUL bytes in query parameters and form fields are dropped before anything reads them:
 * they are never typed by a person, and PostgreSQL refuses them in text (a 500). One
 * place for every module's forms and filters, the login included: it runs before security
 * and before data binding. Runs after the character-encoding filter and
 * {@link BadClientInput}, which meets unreadable parameters first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class NulBytes extends OncePerRequestFilter {

	private static final String NUL = "\u0000";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	static String clean(String value) {
		return (value != null && value.contains(NUL)) ? value.replace(NUL, "") : value;
	}

	/** The request with NUL bytes taken out of every parameter value. */
	static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return clean(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return (values != null) ? Arrays.stream(values).map(NulBytes::clean).toArray(String[]::new) : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> cleaned.put(name,
						Arrays.stream(values).map(NulBytes::clean).toArray(String[]::new)));
				this.parameters = java.util.Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

	}

}
