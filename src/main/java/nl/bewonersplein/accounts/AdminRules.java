package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.shared.Role;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The admin's access rules, derived from the {@link AdminMenuItem} beans the modules
 * declare: each item's path and everything below it is open to the item's roles. Longer
 * paths come first, so a module may open a sub-path to other roles than its parent. What
 * no item declares stays with the fallback rules of {@link SecurityConfig}.
 */
final class AdminRules {

	private AdminRules() {
	}

	/**
	 * Adds the rules of every item (each module's, under {@code /admin/}) and returns the
	 * registry.
	 */
	static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry apply(
			List<AdminMenuItem> items,
			AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		items.stream()
			.filter((item) -> item.path().startsWith("/admin/") && item.roles().length > 0)
			.sorted(Comparator.comparingInt((AdminMenuItem item) -> item.path().length()).reversed())
			.forEach((item) -> requests.requestMatchers(item.path(), item.path() + "/**")
				.hasAnyRole(Arrays.stream(item.roles()).map(Role::name).toArray(String[]::new)));
		return requests;
	}

}
