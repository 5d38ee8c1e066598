package nl.bewonersplein.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the protective headers on every response, error pages included: a strict
 * Content-Security-Policy (no inline script or style but the hashed brand style), no
 * framing, no sniffing, a conservative referrer policy. Frames only from the origins the
 * modules declare as {@link FrameSources} (the video players), or none at all.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	private final String policy;

	SecurityHeaders(SiteAssets assets, ObjectProvider<FrameSources> frames) {
		// frame-src: only what modules embed after a visitor's click (video players).
		List<String> origins = frames.orderedStream()
			.flatMap((source) -> source.frameSources().stream())
			.filter((origin) -> origin.matches("https://[a-z0-9.-]+(:[0-9]+)?"))
			.distinct()
			.toList();
		String frameSrc = origins.isEmpty() ? "'none'" : origins.stream().collect(Collectors.joining(" "));
		this.policy = "default-src 'self'; script-src 'self'; style-src 'self' " + assets.brandStyleHash()
				+ "; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src " + frameSrc
				+ "; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", this.policy);
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
