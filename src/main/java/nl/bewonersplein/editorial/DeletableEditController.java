package nl.bewonersplein.editorial;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An {@link EditController} whose items can also be deleted: the question at
 * {@code /{id}/verwijderen} (for an item that is online also where its visitors go from
 * then on) and the answer posted there, through the shared {@link EditFlow}.
 *
 * @param <T> the entity
 * @param <F> the posted form
 */
public abstract class DeletableEditController<T, F extends Editable.Form> extends EditController<T, F> {

	protected DeletableEditController(EditFlow flow, Supplier<F> empty, UnaryOperator<F> posted) {
		super(flow, empty, posted);
	}

	@GetMapping("/{id}/verwijderen")
	public String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		return flow().confirmDelete(editable(), id, locale, model);
	}

	@PostMapping("/{id}/verwijderen")
	public String delete(@PathVariable long id, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return flow().delete(editable(), id, locale, model, response, redirect);
	}

}
