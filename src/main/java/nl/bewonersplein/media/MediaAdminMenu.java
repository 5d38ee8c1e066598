package nl.bewonersplein.media;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminPath;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The library's entry in the admin menu: for editors and admins; its picker also for
 * coordinators, who add images to events and materials.
 */
@Configuration(proxyBeanMethods = false)
class MediaAdminMenu {

	@Bean
	AdminMenuItem mediaMenu() {
		return new AdminMenuItem("media.admin.menu", MediaAdminController.ADMIN, 20, Role.ADMIN, Role.EDITOR);
	}

	@Bean
	AdminPath mediaPicker() {
		return new AdminPath(MediaPickerController.PICKER, Role.ADMIN, Role.EDITOR, Role.COORDINATOR);
	}

}
