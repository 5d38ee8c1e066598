package nl.bewonersplein.site;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The page of a paged list, read from the {@code pagina} parameter (1 is the first page).
 * Every list takes it as a controller method parameter, so its bounds are checked here,
 * once: a word, a negative or a huge number gives the nearest allowed page, never an
 * overflowing offset or a 500.
 *
 * @param number the page number, from 1 to {@link #MAX_PAGE}
 */
public record Paging(int number) {

	/** The name of the query parameter, the same on every list. */
	public static final String PARAM = "pagina";

	/** No list is paged further than this (also keeps offsets far from overflow). */
	public static final int MAX_PAGE = 10_000;

	public static final Paging FIRST = new Paging(1);

	public Paging {
		if (number < 1 || number > MAX_PAGE) {
			throw new IllegalArgumentException("page " + number + " outside 1.." + MAX_PAGE);
		}
	}

	/** The page a parameter value asks for, clamped to the allowed range. */
	public static Paging parse(String value) {
		if (value == null) {
			return FIRST;
		}
		String digits = value.strip();
		if (!digits.matches("[+-]?\\d{1,18}")) {
			return FIRST;
		}
		long number = Long.parseLong(digits);
		return new Paging((int) Math.max(1, Math.min(MAX_PAGE, number)));
	}

	/** The page's index counted from 0, as Spring Data's {@code PageRequest} wants it. */
	public int index() {
		return this.number - 1;
	}

	/** The number of items before this page. */
	public long offset(int pageSize) {
		return (long) index() * pageSize;
	}

	public boolean isFirst() {
		return this.number == 1;
	}

	/**
	 * The resolver of {@link Paging} controller parameters, for web test slices that do
	 * not load the site's web config (which registers it for the application).
	 * @return a new resolver
	 */
	public static HandlerMethodArgumentResolver resolver() {
		return new Resolver();
	}

	/**
	 * Resolves {@link Paging} controller parameters; registered by the site's web config.
	 */
	static class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Paging.class;
		}

		@Override
		public Paging resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return parse(request.getParameter(PARAM));
		}

	}

}
