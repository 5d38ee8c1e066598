package nl.bewonersplein.orders;

import java.security.Principal;
import java.util.List;

import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The materials' stock for coordinators at {@code /admin/bestellingen/materialen}: stock
 * changes with a reason, open or closed for orders, and the latest changes. See
 * {@link OrderAdminController} for the orders themselves.
 */
@Controller
class MaterialAdminController {

	private static final String MATERIALS = OrderPaths.ADMIN + "/materialen";

	private final Fulfilment fulfilment;

	private final Materials materials;

	private final JdbcTemplate jdbc;

	MaterialAdminController(Fulfilment fulfilment, Materials materials, JdbcTemplate jdbc) {
		this.fulfilment = fulfilment;
		this.materials = materials;
		this.jdbc = jdbc;
	}

	@GetMapping(MATERIALS)
	String materials(Model model) {
		List<OrderAdminPages.MaterialRow> rows = this.materials.all()
			.stream()
			.map((m) -> new OrderAdminPages.MaterialRow(m.id(), m.name(), m.stock(), m.open(),
					this.jdbc.queryForObject("select count(*) from order_stock_notice where material_id = ?",
							Integer.class, m.id()),
					MATERIALS + "/" + m.id() + "/voorraad", MATERIALS + "/" + m.id() + "/bestelbaar"))
			.toList();
		List<OrderAdminPages.ChangeRow> changes = this.jdbc.query(
				"select c.created_at, m.name, c.delta, c.reason, c.changed_by from order_stock_change c"
						+ " join order_material m on m.id = c.material_id order by c.created_at desc, c.id desc"
						+ " fetch first 20 rows only",
				(rs, i) -> new OrderAdminPages.ChangeRow(Dates.shortDate(rs.getTimestamp(1).toInstant()),
						rs.getString(2), ((rs.getInt(3) > 0) ? "+" : "") + rs.getInt(3), rs.getString(4),
						rs.getString(5)));
		model.addAttribute("page", new OrderAdminPages.MaterialsPage(rows, changes));
		return "orders/admin/materials";
	}

	@PostMapping(MATERIALS + "/{id}/voorraad")
	String adjustStock(@PathVariable long id, @RequestParam(name = "wijziging", required = false) String delta,
			@RequestParam(name = "reden", required = false) String reason, Principal principal,
			RedirectAttributes redirect) {
		if (this.materials.byId(id).isEmpty()) {
			throw OrderController.notFound();
		}
		String why = (reason == null) ? "" : reason.strip();
		if (delta == null || !delta.strip().matches("[+-]?[0-9]{1,6}") || why.isEmpty() || why.length() > 300) {
			redirect.addFlashAttribute(AdminShell.FLASH, "orders.admin.stock.invalid");
			return "redirect:" + MATERIALS;
		}
		boolean changed = this.fulfilment.adjustStock(id, Integer.parseInt(delta.strip().replace("+", "")), why,
				principal.getName());
		redirect.addFlashAttribute(AdminShell.FLASH,
				changed ? "orders.admin.stock.changed" : "orders.admin.stock.invalid");
		return "redirect:" + MATERIALS;
	}

	@PostMapping(MATERIALS + "/{id}/bestelbaar")
	String setOpen(@PathVariable long id, @RequestParam(name = "open", required = false) String open,
			RedirectAttributes redirect) {
		if (this.materials.byId(id).isEmpty()) {
			throw OrderController.notFound();
		}
		this.fulfilment.setOpen(id, "true".equals(open));
		redirect.addFlashAttribute(AdminShell.FLASH, "orders.admin.saved");
		return "redirect:" + MATERIALS;
	}

}
