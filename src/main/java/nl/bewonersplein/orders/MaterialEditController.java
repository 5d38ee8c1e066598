package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.editorial.EditController;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.Editable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Coordinators and editors create and edit the materials at {@code /admin/materialen},
 * through the shared {@link EditFlow} (the handlers are {@link EditController}'s:
 * revisions, the 422 with the form kept, the 409 for a stale edit, one material per form
 * however often it is posted). The stock changes on the stock page of
 * {@link MaterialAdminController}, with a reason.
 */
@Controller
@RequestMapping(MaterialEditing.BASE)
class MaterialEditController extends EditController<MaterialEditing.Held, MaterialForm> {

	private final MaterialEditing editable;

	private final Materials materials;

	MaterialEditController(EditFlow flow, MaterialEditing editable, Materials materials) {
		super(flow, MaterialForm::empty);
		this.editable = editable;
		this.materials = materials;
	}

	@GetMapping
	String list(Model model) {
		List<OrderAdminPages.EditRow> rows = this.materials.all()
			.stream()
			.map((m) -> new OrderAdminPages.EditRow(m.name(), MaterialEditing.BASE + "/" + m.id(),
					OrderPaths.material(m.slug()), m.stock(), m.open()))
			.toList();
		model.addAttribute("rows", rows);
		return "orders/admin/material-list";
	}

	@Override
	protected Editable<MaterialEditing.Held, MaterialForm> editable() {
		return this.editable;
	}

}
