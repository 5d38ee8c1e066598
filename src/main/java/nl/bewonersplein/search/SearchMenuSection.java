package nl.bewonersplein.search;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search page in the main menu. */
@Configuration(proxyBeanMethods = false)
class SearchMenuSection {

	@Bean
	MenuSection searchSection() {
		return new MenuSection("nav.search", "/zoeken", 80);
	}

}
