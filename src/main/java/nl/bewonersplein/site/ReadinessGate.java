package nl.bewonersplein.site;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets visitors in only when the site is ready. The web server starts before the start-up
 * work (each module's demo loader, the search index: {@code ApplicationRunner}s) is done;
 * Spring Boot reports {@link ReadinessState#ACCEPTING_TRAFFIC} only after all of it, and
 * {@link ReadinessState#REFUSING_TRAFFIC} again when shutting down. Until then every page
 * answers 503 with {@code Retry-After}, so nobody sees an empty site. The health
 * endpoints ({@code /actuator/health/readiness} for a load balancer) always answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadinessGate extends OncePerRequestFilter {

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER = "5";

	private final ApplicationAvailability availability;

	private final MessageSource messages;

	ReadinessGate(ApplicationAvailability availability, MessageSource messages) {
		this.availability = availability;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter()
			.write(this.messages.getMessage("site.starting", null, "503", Locale.forLanguageTag("nl")) + "\n");
	}

}
