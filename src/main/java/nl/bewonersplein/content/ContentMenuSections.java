package nl.bewonersplein.content;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The content module's sections of the main menu: news, knowledge and themes. */
@Configuration(proxyBeanMethods = false)
class ContentMenuSections {

	@Bean
	MenuSection newsSection() {
		return new MenuSection("nav.news", "/nieuws", 10);
	}

	@Bean
	MenuSection knowledgeSection() {
		return new MenuSection("nav.knowledge", "/kennis", 30);
	}

	@Bean
	MenuSection themesSection() {
		return new MenuSection("nav.themes", "/thema", 70);
	}

}
