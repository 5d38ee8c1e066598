package nl.bewonersplein.editorial;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin handlers every editable type has, at the base path its subclass maps
 * ({@code @RequestMapping} on the subclass): the form for a new item at {@code /nieuw},
 * the posted new item at the base, the edit form at {@code /{id}} and the posted change
 * there, each handed to the shared {@link EditFlow} (preview with {@code voorbeeld},
 * publishing and scheduling from the form's buttons, revisions, the 422/409 pages). A
 * type's controller declares only what differs: its {@link Editable}, its empty form and,
 * if it needs one, a step on every posted form (in its constructor). The type is
 * registered with the flow at start, so its revision pages and schedules work before the
 * first save. Types that can be deleted extend {@link DeletableEditController}.
 *
 * <p>
 * The handlers are public so that a proxied subclass (one with {@code @Transactional}
 * handlers of its own, in another package) still runs them on the real controller.
 *
 * @param <T> the entity
 * @param <F> the posted form
 */
public abstract class EditController<T, F extends Editable.Form> implements InitializingBean {

	private final EditFlow flow;

	private final Supplier<F> empty;

	private final UnaryOperator<F> posted;

	/**
	 * @param empty the form of a new item, before anything is typed
	 * @param posted what happens to every posted form before the flow gets it, e.g.
	 * proposing its address from the title
	 */
	protected EditController(EditFlow flow, Supplier<F> empty, UnaryOperator<F> posted) {
		this.flow = flow;
		this.empty = empty;
		this.posted = posted;
	}

	/** A type whose posted forms go to the flow as they are. */
	protected EditController(EditFlow flow, Supplier<F> empty) {
		this(flow, empty, UnaryOperator.identity());
	}

	/** The type as the edit flow sees it. */
	protected abstract Editable<T, F> editable();

	@Override
	public void afterPropertiesSet() {
		this.flow.register(editable());
	}

	@GetMapping("/nieuw")
	public String create(Locale locale, Model model) {
		return this.flow.showNew(editable(), this.empty.get(), locale, model);
	}

	@PostMapping
	public String add(@Valid F form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.create(editable(), this.posted.apply(form), result, preview != null, locale, model, response,
				redirect);
	}

	@GetMapping("/{id}")
	public String edit(@PathVariable long id, Locale locale, Model model) {
		return this.flow.showEdit(editable(), id, locale, model);
	}

	@PostMapping("/{id}")
	public String update(@PathVariable long id, @Valid F form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.update(editable(), id, this.posted.apply(form), result, preview != null, locale, model,
				response, redirect);
	}

	/** The shared flow, for a subclass's own handlers (a bulk publish, a list). */
	protected EditFlow flow() {
		return this.flow;
	}

}
