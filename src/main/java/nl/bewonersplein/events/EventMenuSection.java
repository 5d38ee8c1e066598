package nl.bewonersplein.events;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agenda's section of the main menu. */
@Configuration(proxyBeanMethods = false)
class EventMenuSection {

	@Bean
	MenuSection eventsSection() {
		return new MenuSection("nav.events", "/agenda", 40);
	}

}
