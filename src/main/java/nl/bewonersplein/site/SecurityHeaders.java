package nl.bewonersplein.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.content.VideoEmbeds;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the protective headers on every response, error pages included: a strict
 * Content-Security-Policy (no inline script or style but the hashed brand style), no
 * framing, no sniffing, a conservative referrer policy. Frames only from the video
 * players the content module embeds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	private final String policy;

	SecurityHeaders(SiteAssets assets, VideoEmbeds videos) {
		// frame-src: only the privacy-friendly video players, framed after a visitor's
		// click.
		this.policy = "default-src 'self'; script-src 'self'; style-src 'self' " + assets.brandStyleHash()
				+ "; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src " + videos.frameSources()
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
