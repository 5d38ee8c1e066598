package nl.bewonersplein.site;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Data derived from the content that public pages read on every request (all published
 * initiatives with their themes for the directory's counts, say), kept in memory until
 * the content changes: at the same content version as the {@link PageCache}, so anything
 * that makes the kept pages stale (every {@code audit.Audited} change, the search index
 * moving on) also renews what is kept here, and a value read while a change was being
 * committed is never kept past it. Only for what does not depend on the clock.
 *
 * <p>
 * Off ({@code bewonersplein.kept-data.enabled=false}) in tests that write to the database
 * directly; then a value is loaded afresh for every request (once in a request, so the
 * statements a page runs are the same either way).
 */
@Component
public class KeptData {

	private final PageCache pages;

	private final boolean enabled;

	KeptData(PageCache pages, @Value("${bewonersplein.kept-data.enabled:true}") boolean enabled) {
		this.pages = pages;
		this.enabled = enabled;
	}

	/** A value that {@code loader} derives from the content, kept until it changes. */
	public <T> Kept<T> of(Supplier<T> loader) {
		return new Kept<>(this, loader);
	}

	/**
	 * One kept value.
	 *
	 * @param <T> its type, to be immutable
	 */
	public static final class Kept<T> {

		private final KeptData owner;

		private final Supplier<T> loader;

		private volatile Entry<T> current;

		Kept(KeptData owner, Supplier<T> loader) {
			this.owner = owner;
			this.loader = loader;
		}

		/** The value at the current content version, loaded if there is none yet. */
		public T get() {
			if (!this.owner.enabled) {
				return inThisRequest();
			}
			long version = this.owner.pages.version();
			Entry<T> entry = this.current;
			if (entry != null && entry.version() == version) {
				return entry.value();
			}
			T value = this.loader.get();
			// Kept only if nothing changed while it was loaded (as PageCache.store).
			if (this.owner.pages.version() == version) {
				this.current = new Entry<>(version, value);
			}
			return value;
		}

		@SuppressWarnings("unchecked")
		private T inThisRequest() {
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request == null) {
				return this.loader.get();
			}
			String name = Kept.class.getName() + "@" + System.identityHashCode(this);
			Object value = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
			if (value == null) {
				value = this.loader.get();
				request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
			}
			return (T) value;
		}

	}

	private record Entry<T>(long version, T value) {

	}

}
