package nl.bewonersplein.orders;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The order pages' section of the main menu. */
@Configuration(proxyBeanMethods = false)
class OrderMenuSection {

	@Bean
	MenuSection ordersSection() {
		return new MenuSection("nav.order", "/bestellen", 60);
	}

}
