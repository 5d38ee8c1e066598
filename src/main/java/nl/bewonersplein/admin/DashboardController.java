package nl.bewonersplein.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin dashboard: what needs attention, for this person's roles. */
@Controller
class DashboardController {

	private final ObjectProvider<Attention.Provider> providers;

	private final MessageSource messages;

	DashboardController(ObjectProvider<Attention.Provider> providers, MessageSource messages) {
		this.providers = providers;
		this.messages = messages;
	}

	@GetMapping("/admin")
	String dashboard(Authentication user, Locale locale, Model model) {
		Set<Role> roles = AdminShellAdvice.roles(user);
		List<Link> attention = this.providers.orderedStream()
			.flatMap((provider) -> provider.attention().stream())
			.filter((item) -> item.count() > 0 && item.roles().stream().anyMatch(roles::contains))
			.map((item) -> new Link(this.messages.getMessage(item.labelKey(), new Object[] { item.count() }, locale),
					item.href()))
			.toList();
		model.addAttribute("dashboard", new Dashboard(attention));
		return "admin/dashboard";
	}

}
