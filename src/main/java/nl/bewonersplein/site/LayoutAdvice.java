package nl.bewonersplein.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Hands every page template its {@link Layout} as the model attribute {@code layout}. */
@ControllerAdvice
class LayoutAdvice {

	private final LayoutFactory layouts;

	LayoutAdvice(LayoutFactory layouts) {
		this.layouts = layouts;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		return this.layouts.build(request, locale);
	}

}
