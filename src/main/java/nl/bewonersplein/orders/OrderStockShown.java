package nl.bewonersplein.orders;

import nl.bewonersplein.site.PageCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An order takes stock, which the order pages show ("nog 3", "op"): the kept public pages
 * are not served again once the order commits. Staff changes to stock are audited and
 * reach the {@link PageCache} that way.
 */
@Component
class OrderStockShown {

	private final PageCache pages;

	OrderStockShown(PageCache pages) {
		this.pages = pages;
	}

	@EventListener
	void placed(OrderPlaced order) {
		this.pages.changed();
	}

}
