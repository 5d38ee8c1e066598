package nl.bewonersplein.media;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The library's entry in the admin menu: for editors and admins. */
@Configuration(proxyBeanMethods = false)
class MediaAdminMenu {

	@Bean
	AdminMenuItem mediaMenu() {
		return new AdminMenuItem("media.admin.menu", MediaAdminController.ADMIN, 20, Role.ADMIN, Role.EDITOR);
	}

}
