package nl.bewonersplein.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.shared.SignedIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Hands every admin page its {@link AdminShell} as the model attribute {@code shell}. */
@ControllerAdvice
class AdminShellAdvice {

	private final List<AdminMenuItem> items;

	private final MessageSource messages;

	AdminShellAdvice(ObjectProvider<AdminMenuItem> items, MessageSource messages) {
		this.items = items.orderedStream().sorted(Comparator.comparingInt(AdminMenuItem::order)).toList();
		this.messages = messages;
	}

	@ModelAttribute("shell")
	AdminShell shell(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI();
		if (!path.startsWith("/admin")) {
			return null;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		Set<Role> roles = roles(user);
		List<Link> menu = new java.util.ArrayList<>();
		menu.add(new Link(this.messages.getMessage("admin.dashboard", null, locale), "/admin", path.equals("/admin")));
		this.items.stream()
			.filter((item) -> java.util.Arrays.stream(item.roles()).anyMatch(roles::contains))
			.map((item) -> new Link(this.messages.getMessage(item.labelKey(), null, item.labelKey(), locale),
					item.path(), path.equals(item.path()) || path.startsWith(item.path() + "/")))
			.forEach(menu::add);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object message = (flash != null) ? flash.get(AdminShell.FLASH) : null;
		return new AdminShell(menu, displayName(user), (message != null) ? message.toString() : null);
	}

	static Set<Role> roles(Authentication user) {
		if (user == null) {
			return Set.of();
		}
		Set<String> authorities = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return java.util.Arrays.stream(Role.values())
			.filter((role) -> authorities.contains(role.authority()))
			.collect(Collectors.toSet());
	}

	private static String displayName(Authentication user) {
		if (user == null) {
			return "";
		}
		return (user.getPrincipal() instanceof SignedIn person) ? person.displayName() : user.getName();
	}

}
