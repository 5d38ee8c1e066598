package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.Attention;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The orders module's entry in the admin menu, and the new orders waiting on the
 * dashboard.
 */
@Configuration(proxyBeanMethods = false)
class OrderAdminMenu {

	@Bean
	AdminMenuItem ordersMenu() {
		return new AdminMenuItem("orders.admin.menu", OrderPaths.ADMIN, 50, Role.ADMIN, Role.COORDINATOR);
	}

	/** Coordinators and editors keep the materials' texts and settings. */
	@Bean
	AdminMenuItem materialsMenu() {
		return new AdminMenuItem("orders.admin.edit.menu", MaterialEditing.BASE, 51, Role.ADMIN, Role.EDITOR,
				Role.COORDINATOR);
	}

	@Bean
	Attention.Provider ordersAttention(JdbcTemplate jdbc) {
		return () -> List.of(new Attention("orders.attention.new",
				jdbc.queryForObject("select count(*) from material_order where status = 'NEW'", Integer.class),
				OrderPaths.ADMIN + "?status=new", List.of(Role.ADMIN, Role.COORDINATOR)));
	}

}
