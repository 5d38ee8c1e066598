package nl.bewonersplein.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The rendered public pages, kept for anonymous visitors (see docs/adr/0017). A page is
 * rendered once and then served from memory, already compressed, with its ETag, until the
 * content changes: one global content version, bumped by {@link #changed()} after every
 * committed change that can show on a public page (every {@code audit.Audited} event, the
 * search index moving on, an order taking stock), and at most
 * {@code bewonersplein.page-cache.max-age} (default one minute) for what the clock
 * changes (an event becoming past, a scheduled item coming online).
 *
 * <p>
 * Only what rendering shows to everybody alike is kept: a page that carries a CSRF token
 * or a form token, sets a cookie, or says {@code no-store}/{@code private} is not; a page
 * rendered for a visitor with a session is never served from here (see
 * {@link CachedPages}).
 */
@Component
public class PageCache {

	/** Request attribute that keeps the page being rendered out of the cache. */
	static final String DO_NOT_STORE = PageCache.class.getName() + ".doNotStore";

	private final AtomicLong version = new AtomicLong();

	private final Cache<String, Page> pages;

	private final Clock clock;

	private final Duration maxAge;

	private final boolean enabled;

	PageCache(Clock clock, @Value("${bewonersplein.page-cache.enabled:true}") boolean enabled,
			@Value("${bewonersplein.page-cache.max-age:60s}") Duration maxAge,
			@Value("${bewonersplein.page-cache.max-size:32MB}") DataSize maxSize) {
		this.clock = clock;
		this.enabled = enabled;
		this.maxAge = maxAge;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((String key, Page page) -> page.weight(key))
			.build();
	}

	/**
	 * Something public changed: no page rendered before is served again. Inside a
	 * transaction the version moves now and again after the commit, so no page rendered
	 * from the old data in between is kept.
	 */
	public void changed() {
		bump();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					bump();
				}

			});
		}
	}

	/**
	 * Keeps the page being rendered in the current request out of the cache: it holds
	 * something for this visitor only (a token). Called by the layout's CSRF token and by
	 * {@link FormSubmissions#newToken()}; without a current request it does nothing.
	 */
	public static void doNotStoreThisPage() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null) {
			attributes.setAttribute(DO_NOT_STORE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
		}
	}

	static boolean storable(HttpServletRequest request) {
		return request.getAttribute(DO_NOT_STORE) == null;
	}

	@EventListener
	void ready(AvailabilityChangeEvent<ReadinessState> event) {
		// The demo content and the search index were loaded just before.
		bump();
	}

	boolean enabled() {
		return this.enabled;
	}

	long version() {
		return this.version.get();
	}

	Instant now() {
		return this.clock.instant();
	}

	/** The page kept under {@code key}, if it is still current. */
	Page find(String key, long currentVersion, Instant now) {
		Page page = this.pages.getIfPresent(key);
		if (page == null || page.version() != currentVersion || now.isBefore(page.renderedAt())
				|| !now.isBefore(page.renderedAt().plus(this.maxAge))) {
			return null;
		}
		return page;
	}

	/** Keeps {@code page} unless the content changed while it was being rendered. */
	void store(String key, Page page) {
		if (page.version() == this.version.get()) {
			this.pages.put(key, page);
		}
	}

	private void bump() {
		this.version.incrementAndGet();
		this.pages.invalidateAll();
	}

	/**
	 * A rendered page.
	 *
	 * @param version the content version it was rendered at
	 * @param renderedAt when (by the application's clock)
	 * @param contentType its content type
	 * @param locale its language (the {@code Content-Language} header)
	 * @param headers the other headers to send with it again
	 * @param etag its entity tag
	 * @param plain the body
	 * @param gzipped the body compressed with gzip
	 */
	record Page(long version, Instant renderedAt, String contentType, Locale locale, Map<String, List<String>> headers,
			String etag, byte[] plain, byte[] gzipped) {

		int weight(String key) {
			return key.length() * 2 + this.plain.length + this.gzipped.length + 512;
		}

	}

}
