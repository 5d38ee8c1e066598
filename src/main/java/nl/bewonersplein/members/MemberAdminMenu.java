package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.Attention;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The members module's entry in the admin menu, and what waits on the dashboard. */
@Configuration(proxyBeanMethods = false)
class MemberAdminMenu {

	@Bean
	AdminMenuItem membersMenu() {
		return new AdminMenuItem("members.admin.menu", MemberPaths.ADMIN, 40, Role.ADMIN, Role.EDITOR);
	}

	@Bean
	Attention.Provider membersAttention(Applications applications, MemberChangeRepository changes) {
		return () -> List.of(
				new Attention("members.attention.applications", applications.countNew(),
						MemberPaths.ADMIN + "/aanmeldingen", List.of(Role.ADMIN, Role.EDITOR)),
				new Attention("members.attention.changes", changes.countByStatus(MemberChange.Status.PENDING),
						MemberPaths.ADMIN + "/wijzigingen", List.of(Role.ADMIN, Role.EDITOR)));
	}

}
