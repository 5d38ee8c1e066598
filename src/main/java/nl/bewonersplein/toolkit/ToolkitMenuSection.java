package nl.bewonersplein.toolkit;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The toolkit's section of the main menu. */
@Configuration(proxyBeanMethods = false)
class ToolkitMenuSection {

	@Bean
	MenuSection toolkitSection() {
		return new MenuSection("nav.toolkit", "/toolkit", 20);
	}

}
