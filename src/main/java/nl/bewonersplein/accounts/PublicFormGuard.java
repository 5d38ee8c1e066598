package nl.bewonersplein.accounts;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.site.Layout;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Protects every public form at once: the login form gets at most {@code loginPerMinute}
 * attempts per IP address per minute, any other public POST {@code formPerMinute}; more
 * get 429 with a Dutch page. A filled-in honeypot field (invisible to people, see the
 * {@code component/honeypot} template) marks a bot: 400. Forms in {@code /admin} and
 * {@code /account} are for logged-in people and are not limited here.
 * <p>
 * Every login attempt also waits as long as {@link LoginSlowdown} says (password guessing
 * across accounts). The client address is the one Tomcat derived from forwarded headers
 * of trusted proxies only (ADR 0006), so a header sent by the client changes nothing.
 * <p>
 * The counters live in this app node's memory: with several nodes the limit is per node.
 */
class PublicFormGuard extends OncePerRequestFilter {

	/** Name of the honeypot field every public form carries. */
	static final String HONEYPOT = Layout.HONEYPOT_FIELD;

	private final int loginPerMinute;

	private final int formPerMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	private final LoginSlowdown slowdown;

	PublicFormGuard(int loginPerMinute, int formPerMinute, LoginSlowdown slowdown) {
		this.loginPerMinute = loginPerMinute;
		this.formPerMinute = formPerMinute;
		this.slowdown = slowdown;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || path.startsWith("/admin") || path.startsWith("/account")
				|| path.equals("/uitloggen");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean login = SecurityConfig.LOGIN.equals(request.getRequestURI());
		String key = (login ? "login:" : "form:" + request.getRequestURI() + ":") + request.getRemoteAddr();
		int perMinute = login ? this.loginPerMinute : this.formPerMinute;
		Bucket bucket = this.buckets.get(key, (k) -> Bucket.builder()
			.addLimit(
					Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
			.build());
		if (!bucket.tryConsume(1)) {
			response.setHeader("Retry-After", "60");
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		String honeypot = request.getParameter(HONEYPOT);
		if (honeypot != null && !honeypot.isEmpty()) {
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		if (login) {
			this.slowdown.await();
		}
		chain.doFilter(request, response);
	}

}
