package nl.bewonersplein.toolkit;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Where to order printed material for a toolkit: {@code /bestellen/toolkit/{slug}} once a
 * module serves {@code /bestellen} (the orders module sends that on to the toolkit's own
 * material), otherwise nothing, so the toolkit never links to a missing page.
 */
@Component
class OrderLink implements SmartInitializingSingleton {

	static final String PATH = "/bestellen";

	private final RequestMappingHandlerMapping mappings;

	private volatile String href;

	OrderLink(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean served = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.anyMatch((info) -> info.getPatternValues().contains(PATH));
		this.href = served ? PATH : null;
	}

	/** The order page for the toolkit with this slug, or null when none is served. */
	String href(String toolkitSlug) {
		return (this.href != null) ? this.href + "/toolkit/" + toolkitSlug : null;
	}

}
