package nl.bewonersplein.site;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input the server cannot even read (invalid UTF-8 or a broken encoding in a form, a body
 * over the size limit) is the client's fault: it gets the 400 or 413 page, and the log
 * one WARN line without a stack trace, at most one every {@link #QUIET_MILLIS} ms (with a
 * count of those left out), so a fuzzer cannot flood the log. Without this, Tomcat logged
 * each one at ERROR with a stack trace. Runs right after Spring Boot's character-encoding
 * filter ({@code HIGHEST_PRECEDENCE}): it parses the parameters, and parsed before the
 * encoding is set they would read as ISO-8859-1 ("Ã©" for "é").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BadClientInput extends OncePerRequestFilter {

	static final long QUIET_MILLIS = 10_000;

	private static final Logger log = LoggerFactory.getLogger(BadClientInput.class);

	private final AtomicLong lastLogged = new AtomicLong();

	private final AtomicLong suppressed = new AtomicLong();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// Parse the parameters now (Tomcat keeps the result), so a failure is met
			// here once.
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			note(request, clientError(ex), ex);
			response.sendError(clientError(ex));
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			int status = clientError(ex);
			if (status == 0) {
				throw ex;
			}
			note(request, status, ex);
			if (!response.isCommitted()) {
				response.resetBuffer();
				response.sendError(status);
			}
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * The error page for such a request reads parameters too (CSRF, language): there they
	 * read as absent instead of failing again.
	 */
	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		chain.doFilter(new TolerantParameters(request), response);
	}

	/** The status for an exception caused by unreadable input, or 0 for any other. */
	static int clientError(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				int code = invalid.getErrorCode();
				return (code >= 400 && code < 500) ? code : HttpServletResponse.SC_BAD_REQUEST;
			}
			if (cause instanceof BadRequestException) {
				return HttpServletResponse.SC_BAD_REQUEST;
			}
			if (cause == cause.getCause()) {
				break;
			}
		}
		return 0;
	}

	private void note(HttpServletRequest request, int status, Throwable ex) {
		long now = System.currentTimeMillis();
		long last = this.lastLogged.get();
		if (now - last >= QUIET_MILLIS && this.lastLogged.compareAndSet(last, now)) {
			long left = this.suppressed.getAndSet(0);
			log.warn("Unreadable request {} {}: {} {} ({}){}", request.getMethod(), request.getRequestURI(), status,
					ex.getClass().getSimpleName(), rootMessage(ex),
					(left > 0) ? "; " + left + " more since the last such line" : "");
		}
		else {
			this.suppressed.incrementAndGet();
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		return (message.length() > 120) ? message.substring(0, 120) : message;
	}

	/** A request whose unreadable parameters read as none. */
	static final class TolerantParameters extends HttpServletRequestWrapper {

		TolerantParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (IllegalStateException ex) {
				return null;
			}
		}

		@Override
		public String[] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (IllegalStateException ex) {
				return null;
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException ex) {
				return Map.of();
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (IllegalStateException ex) {
				return Collections.emptyEnumeration();
			}
		}

	}

}
