package nl.bewonersplein.members;

import nl.bewonersplein.site.MenuSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The members' section of the main menu: the directory of initiatives. */
@Configuration(proxyBeanMethods = false)
class MemberMenuSection {

	@Bean
	MenuSection membersSection() {
		return new MenuSection("nav.members", "/leden", 50);
	}

}
