package nl.bewonersplein.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Renders error responses as Dutch pages in the site's layout, with a search box and a
 * way back, and never with technical details.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final LayoutFactory layouts;

	ErrorPages(LayoutFactory layouts) {
		this.layouts = layouts;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		String kind = switch (status) {
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "not-found";
			case BAD_REQUEST, UNPROCESSABLE_CONTENT -> "bad-request";
			case FORBIDDEN, UNAUTHORIZED -> "forbidden";
			case TOO_MANY_REQUESTS -> "too-many";
			default -> status.is4xxClientError() ? "bad-request" : "server";
		};
		Map<String, Object> view = Map.of("layout", this.layouts.build(request, RequestContextUtils.getLocale(request)),
				"error", new ErrorPage(status.value(), kind));
		return new ModelAndView("site/error", view, status);
	}

}
