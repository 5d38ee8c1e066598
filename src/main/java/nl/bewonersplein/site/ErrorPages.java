package nl.bewonersplein.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Renders error responses as Dutch pages in the site's layout, with a search box and a
 * way back, and never with technical details. Before a GET gets 404, the
 * {@link MissingPages} beans may send it on (301) or answer that the page is gone (410).
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final LayoutFactory layouts;

	private final List<MissingPages> missing;

	ErrorPages(LayoutFactory layouts, List<MissingPages> missing) {
		this.layouts = layouts;
		this.missing = missing;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status == HttpStatus.NOT_FOUND
				&& ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			for (MissingPages pages : this.missing) {
				Optional<MissingPages.Answer> answer = (path instanceof String uri) ? pages.answer(uri)
						: Optional.empty();
				if (answer.isPresent() && answer.get() instanceof MissingPages.MovedTo moved) {
					RedirectView view = new RedirectView(moved.location(), true);
					view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
					view.setExposeModelAttributes(false);
					return new ModelAndView(view);
				}
				if (answer.isPresent()) {
					return page(request, HttpStatus.GONE, "gone");
				}
			}
		}
		String kind = switch (status) {
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "not-found";
			case BAD_REQUEST, UNPROCESSABLE_CONTENT -> "bad-request";
			case FORBIDDEN, UNAUTHORIZED -> "forbidden";
			case TOO_MANY_REQUESTS -> "too-many";
			default -> status.is4xxClientError() ? "bad-request" : "server";
		};
		return page(request, status, kind);
	}

	private ModelAndView page(HttpServletRequest request, HttpStatus status, String kind) {
		Map<String, Object> view = Map.of("layout", this.layouts.build(request, RequestContextUtils.getLocale(request)),
				"error", new ErrorPage(status.value(), kind));
		return new ModelAndView("site/error", view, status);
	}

}
