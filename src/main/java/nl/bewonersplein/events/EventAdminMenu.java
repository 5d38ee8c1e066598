package nl.bewonersplein.events;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events module's entry in the admin menu: editors and coordinators run events. */
@Configuration(proxyBeanMethods = false)
class EventAdminMenu {

	@Bean
	AdminMenuItem eventsMenu() {
		return new AdminMenuItem("events.admin.menu", EventPaths.ADMIN, 30, Role.ADMIN, Role.EDITOR, Role.COORDINATOR);
	}

}
