package nl.bewonersplein.events;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.editorial.EditFlow;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors and coordinators create, edit, publish, schedule and delete events at
 * {@code /admin/evenementen}, through the shared {@link EditFlow} (what is particular to
 * events is in {@link EventEditing}). An event's sign-ups are
 * {@link EventAdminController}'s.
 */
@Controller
@RequestMapping(EventEditing.BASE)
class EventEditController {

	private final EventEditing editing;

	private final EditFlow flow;

	EventEditController(EventEditing editing, EditFlow flow) {
		this.editing = editing;
		this.flow = flow;
	}

	@GetMapping("/nieuw")
	String create(Locale locale, Model model) {
		return this.flow.showNew(this.editing, EventForm.empty(), locale, model);
	}

	@PostMapping
	String add(@Valid EventForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.create(this.editing, form.withProposedSlug(), result, preview != null, locale, model, response,
				redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		return this.flow.showEdit(this.editing, id, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid EventForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.update(this.editing, id, form.withProposedSlug(), result, preview != null, locale, model,
				response, redirect);
	}

	@GetMapping("/{id}/verwijderen")
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		return this.flow.confirmDelete(this.editing, id, locale, model);
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@PathVariable long id, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return this.flow.delete(this.editing, id, locale, model, response, redirect);
	}

}
