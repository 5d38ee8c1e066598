package nl.bewonersplein.orders;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.editorial.EditFlow;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and editors create and edit the materials at {@code /admin/materialen},
 * through the shared {@link EditFlow} (revisions, the 422 with the form kept, the 409 for
 * a stale edit, one material per form however often it is posted). The stock changes on
 * the stock page of {@link MaterialAdminController}, with a reason.
 */
@Controller
@RequestMapping(MaterialEditing.BASE)
class MaterialEditController {

	private final EditFlow flow;

	private final MaterialEditing editable;

	private final Materials materials;

	MaterialEditController(EditFlow flow, MaterialEditing editable, Materials materials) {
		this.flow = flow;
		this.editable = editable;
		this.materials = materials;
		flow.register(editable);
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

	@GetMapping("/nieuw")
	String create(Locale locale, Model model) {
		return this.flow.showNew(this.editable, MaterialForm.empty(), locale, model);
	}

	@PostMapping
	String add(@Valid MaterialForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.create(this.editable, form, result, preview != null, locale, model, response, redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		return this.flow.showEdit(this.editable, id, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid MaterialForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.update(this.editable, id, form, result, preview != null, locale, model, response, redirect);
	}

}
