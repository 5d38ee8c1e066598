package nl.bewonersplein.audit;

import nl.bewonersplein.site.PageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every staff change ({@link Audited}) may show on a public page: the kept pages of the
 * {@link PageCache} are not served again once its transaction commits.
 */
@Component
class PublicPagesChanged {

	private final PageCache pages;

	PublicPagesChanged(PageCache pages) {
		this.pages = pages;
	}

	@EventListener
	void changed(Audited event) {
		this.pages.changed();
	}

}
