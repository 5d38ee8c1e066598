package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminPath;
import nl.bewonersplein.shared.Role;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The admin's access rules, derived from the {@link AdminMenuItem} and {@link AdminPath}
 * beans the modules declare: each path and everything below it is open to its roles.
 * Longer paths come first, so a module may open a sub-path to other roles than its
 * parent. What no item declares stays with the fallback rules of {@link SecurityConfig}.
 */
final class AdminRules {

	private AdminRules() {
	}

	/**
	 * Adds the rules of every item (each module's, under {@code /admin/}) and returns the
	 * registry.
	 */
	static AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry apply(
			List<AdminMenuItem> items, List<AdminPath> paths,
			AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
		Stream.concat(items.stream().map((item) -> new AdminPath(item.path(), item.roles())), paths.stream())
			.filter((path) -> path.path().startsWith("/admin/") && path.roles().length > 0)
			.sorted(Comparator.comparingInt((AdminPath path) -> path.path().length()).reversed())
			.forEach((path) -> requests.requestMatchers(path.path(), path.path() + "/**")
				.hasAnyRole(Arrays.stream(path.roles()).map(Role::name).toArray(String[]::new)));
		return requests;
	}

}
