package nl.bewonersplein.content;

import nl.bewonersplein.shared.AdminMenuItem;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The content module's entries in the admin menu. */
@Configuration(proxyBeanMethods = false)
class ContentAdminMenu {

	@Bean
	AdminMenuItem articlesMenu() {
		return new AdminMenuItem("content.admin.articles", "/admin/artikelen", 10, Role.ADMIN, Role.EDITOR);
	}

	@Bean
	AdminMenuItem themesMenu() {
		return new AdminMenuItem("content.admin.themes.menu", "/admin/themas", 11, Role.ADMIN, Role.EDITOR);
	}

	@Bean
	AdminMenuItem pagesMenu() {
		return new AdminMenuItem("content.admin.pages.menu", "/admin/paginas", 12, Role.ADMIN, Role.EDITOR);
	}

	@Bean
	AdminMenuItem organisationsMenu() {
		return new AdminMenuItem("content.admin.organisations.menu", "/admin/organisaties", 13, Role.ADMIN,
				Role.EDITOR);
	}

}
