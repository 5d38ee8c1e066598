package nl.bewonersplein.search;

import nl.bewonersplein.site.HeaderSearch;
import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search page in the main menu, and the search box in the header of every page. */
@Configuration(proxyBeanMethods = false)
class SearchMenuSection {

	@Bean
	MenuSection searchSection() {
		return new MenuSection("nav.search", "/zoeken", 80);
	}

	@Bean
	HeaderSearch headerSearch() {
		return new HeaderSearch("/zoeken", "search.header.label", "search.submit", "/zoeken/suggesties",
				"/js/search.js");
	}

}
