package nl.bewonersplein.content;

import java.time.Clock;
import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.Attention;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The content module's entries in the admin menu and on the dashboard. */
@Configuration(proxyBeanMethods = false)
class ContentAdminMenu {

	/** Drafts waiting and articles scheduled for later, on the admin dashboard. */
	@Bean
	Attention.Provider articleAttention(ArticleRepository articles, Clock clock) {
		return () -> List.of(
				new Attention("content.attention.drafts", articles.countByStatus(Article.Status.DRAFT),
						"/admin/artikelen", List.of(Role.ADMIN, Role.EDITOR)),
				new Attention("content.attention.scheduled",
						articles.countByStatusAndPublishedAtAfter(Article.Status.PUBLISHED, clock.instant()),
						"/admin/artikelen", List.of(Role.ADMIN, Role.EDITOR)));
	}

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
	AdminMenuItem supportersMenu() {
		return new AdminMenuItem("content.admin.supporters.menu", "/admin/organisaties", 13, Role.ADMIN, Role.EDITOR);
	}

}
