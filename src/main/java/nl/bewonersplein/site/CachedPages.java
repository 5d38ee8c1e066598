package nl.bewonersplein.site;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous GETs of public pages from the {@link PageCache}, before Spring
 * Security, sessions and the controllers: no session, no CSRF token, no security context
 * and no rendering for a page that was rendered before at the current content version. A
 * visitor with any cookie but the language choice, or with credentials, passes through
 * untouched. A miss is rendered as usual and kept if it is the same for everybody (see
 * {@link #keep}).
 *
 * <p>
 * A miss is rendered once: visitors asking for the same page while it is being rendered
 * wait for that rendering (at most {@link #WAIT}) and get its result if it can be shared
 * and is still current, instead of each rendering it again; if the content changed
 * meanwhile, one of them renders it again for the others. Right after a change, a crowd
 * on the home page costs one rendering and one database connection, not one per visitor
 * (a stampede that could empty the connection pool).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class CachedPages extends OncePerRequestFilter {

	/** Cookies that do not make a visitor "someone": the language choice. */
	private static final Set<String> NEUTRAL_COOKIES = Set.of("taal");

	/**
	 * How long a visitor waits for renderings of the same page by someone else before
	 * rendering it itself (on a machine so busy that rendering takes that long, more
	 * renderings at once would only make each slower).
	 */
	static final long WAIT = TimeUnit.SECONDS.toMillis(20);

	/** The renderings under way, by key: the page, or null if it could not be kept. */
	private final Map<String, CompletableFuture<PageCache.Page>> rendering = new ConcurrentHashMap<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private static final int MAX_KEY = 600;

	private final PageCache cache;

	private final LocaleResolver locales;

	CachedPages(PageCache cache, LocaleResolver locales) {
		this.cache = cache;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.cache.enabled() || !anonymousRead(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		PageCache.Page hit = this.cache.find(key, this.cache.version(), this.cache.now());
		if (hit != null) {
			PageAnswers.answer(request, response, hit);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT);
		while (true) {
			CompletableFuture<PageCache.Page> mine = new CompletableFuture<>();
			CompletableFuture<PageCache.Page> other = this.rendering.putIfAbsent(key, mine);
			if (other == null) {
				lead(request, response, chain, key, mine);
				return;
			}
			PageCache.Page shared = await(other, deadline);
			if (shared == null) {
				// Not to be shared (it holds something for one visitor), or waited too
				// long: this visitor's own rendering.
				render(request, response, chain, key, this.cache.version(), this.cache.now());
				return;
			}
			if (shared.version() == this.cache.version()) {
				PageAnswers.answer(request, response, shared);
				return;
			}
			// Rendered from content changed meanwhile: the next rendering, by one
			// visitor.
			hit = this.cache.find(key, this.cache.version(), this.cache.now());
			if (hit != null) {
				PageAnswers.answer(request, response, hit);
				return;
			}
		}
	}

	/**
	 * Renders the page for everyone waiting for it, unless the one before kept it
	 * meanwhile.
	 */
	private void lead(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			CompletableFuture<PageCache.Page> mine) throws ServletException, IOException {
		PageCache.Page page = null;
		try {
			long version = this.cache.version();
			Instant now = this.cache.now();
			page = this.cache.find(key, version, now);
			if (page != null) {
				PageAnswers.answer(request, response, page);
			}
			else {
				page = render(request, response, chain, key, version, now);
			}
		}
		finally {
			this.rendering.remove(key, mine);
			mine.complete(page);
		}
	}

	/**
	 * Renders the page, keeps it if it can be shared, answers it; returns what was kept.
	 */
	private PageCache.Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String key, long version, Instant now) throws ServletException, IOException {
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(new Unconditional(request), rendered);
		PageCache.Page page = PageAnswers.keep(request, rendered) ? PageAnswers.page(rendered, response, version, now)
				: null;
		if (page == null) {
			// Not kept: as it was rendered, conditional requests included (the ETag
			// filter).
			String etag = response.getHeader("ETag");
			if (rendered.getStatus() == 200 && etag != null
					&& PageAnswers.matches(request.getHeader("If-None-Match"), etag)) {
				rendered.resetBuffer();
				rendered.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
			rendered.copyBodyToResponse();
			return null;
		}
		this.cache.store(key, page);
		PageAnswers.answer(request, response, page);
		return page;
	}

	private PageCache.Page await(CompletableFuture<PageCache.Page> other, long deadline) {
		this.waiting.incrementAndGet();
		try {
			return other.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** How many visitors are waiting for a rendering by someone else right now. */
	int waiting() {
		return this.waiting.get();
	}

	/** Only GET and HEAD of a visitor without a session cookie or credentials. */
	private static boolean anonymousRead(HttpServletRequest request) {
		String method = request.getMethod();
		if (!("GET".equals(method) || "HEAD".equals(method)) || request.getHeader("Authorization") != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!NEUTRAL_COOKIES.contains(cookie.getName())) {
					return false;
				}
			}
		}
		String path = request.getRequestURI();
		int slash = path.lastIndexOf('/');
		String last = path.substring(slash + 1);
		// Pages and feeds; static files and PDFs are served by their own handlers.
		return !last.contains(".") || last.endsWith(".rss") || last.endsWith(".atom") || last.endsWith(".xml")
				|| last.endsWith(".ics") || last.endsWith(".txt");
	}

	/**
	 * Address as requested (scheme and host too: links are built from them), language.
	 */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURL());
		String query = request.getQueryString();
		if (query != null) {
			key.append('?').append(query);
		}
		Locale locale = this.locales.resolveLocale(request);
		key.append('#').append(locale.getLanguage());
		return (key.length() <= MAX_KEY) ? key.toString() : null;
	}

	/**
	 * The request without {@code If-None-Match}, so that a miss is always rendered in
	 * full and can be kept; the answer to the condition is given here.
	 */
	private static final class Unconditional extends HttpServletRequestWrapper {

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return "If-None-Match".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return "If-None-Match".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

	}

}
