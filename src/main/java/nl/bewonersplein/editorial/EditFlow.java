package nl.bewonersplein.editorial;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The one admin edit flow every editable type goes through: open a new or existing item,
 * save it (422 with the form kept on bad input, 200 with a preview when asked, 409 when
 * someone else saved since the form was opened), confirm and delete. Each change is
 * published as an {@link Edited} event in its own transaction, which the audit log
 * records. Controllers keep their mappings and hand their {@link Editable} to these
 * methods; they are not transactional themselves.
 */
@Component
public class EditFlow {

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final FormSubmissions submissions;

	EditFlow(ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactions,
			FormSubmissions submissions) {
		this.events = events;
		this.messages = messages;
		this.submissions = submissions;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The form for a new item, with a fresh one-time token. */
	public <T, F extends Editable.Form> String showNew(Editable<T, F> type, F empty, Locale locale, Model model) {
		EditState state = new EditState(FormErrors.NONE, false, null, "", this.submissions.newToken());
		return this.reading.execute((status) -> type.show(null, empty, state, locale, model));
	}

	/** The form for an existing item, filled in from it. */
	public <T, F extends Editable.Form> String showEdit(Editable<T, F> type, long id, Function<T, F> toForm,
			Locale locale, Model model) {
		return this.reading.execute((status) -> {
			T item = find(type, id);
			return type.show(item, toForm.apply(item), EditState.opened(type.version(item)), locale, model);
		});
	}

	/**
	 * A posted new item: shown again (422, or 200 with a preview) or created once per
	 * form token, so that a double click or ten concurrent posts of one form make one
	 * item and all get its address; a unique key taken meanwhile by another form answers
	 * 409 with the form kept. Called outside a transaction.
	 */
	public <T, F extends Editable.Form> String create(Editable<T, F> type, F form, BindingResult result,
			boolean preview, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.reading.executeWithoutResult((status) -> type.check(form, null, result));
		if (result.hasErrors()) {
			// A repeated post of a form saved meanwhile fails validation against itself
			// (its address is taken, by itself): it gets the first post's answer.
			Optional<String> earlier = this.submissions.earlier(form.formToken());
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
		}
		String token = FormSubmissions.isToken(form.formToken()) ? form.formToken() : this.submissions.newToken();
		if (result.hasErrors() || preview) {
			response.setStatus(result.hasErrors() ? 422 : 200);
			EditState state = new EditState(FormErrors.of(result, this.messages, locale), false, null,
					preview ? type.preview(form) : "", token);
			return this.reading.execute((status) -> type.show(null, form, state, locale, model));
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(form.formToken(), () -> {
			T item = type.create(form);
			this.events.publishEvent(new Edited(type.kind(), "created", type.subject(item)));
			return type.base() + "/" + type.id(item);
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.saved");
			return "redirect:" + done.location();
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		EditState state = new EditState(new FormErrors(Map.of(), List.of(text("form.conflict", locale))), false, null,
				"", token);
		return this.reading.execute((status) -> type.show(null, form, state, locale, model));
	}

	/**
	 * A posted change: shown again (422, 200 with a preview, or 409 when the item changed
	 * since the form was opened, with the newer version so that saving again overwrites
	 * it) or saved.
	 */
	public <T, F extends Editable.Form> String update(Editable<T, F> type, long id, F form, BindingResult result,
			boolean preview, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			return this.writing.execute((status) -> {
				T item = find(type, id);
				type.check(form, item, result);
				boolean stale = !result.hasErrors()
						&& (form.versionValue() == null || form.versionValue() != type.version(item));
				if (result.hasErrors() || preview || stale) {
					status.setRollbackOnly();
					response.setStatus(stale ? 409 : (result.hasErrors() ? 422 : 200));
					return type.show(item, form,
							new EditState(FormErrors.of(result, this.messages, locale), stale,
									stale ? Long.valueOf(type.version(item)) : form.versionValue(),
									preview ? type.preview(form) : "", null),
							locale, model);
				}
				type.update(item, form);
				this.events.publishEvent(new Edited(type.kind(), "updated", type.subject(item)));
				redirect.addFlashAttribute(AdminShell.FLASH, "editorial.saved");
				return "redirect:" + type.base() + "/" + id;
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Two saves at the same moment: the database refused the later one; the list
			// shows the saved state.
			return "redirect:" + type.base();
		}
	}

	/** The question whether to delete an item. */
	public <T, F extends Editable.Form> String confirmDelete(Editable<T, F> type, long id, Locale locale, Model model) {
		return this.reading.execute((status) -> {
			T item = find(type, id);
			String self = type.base() + "/" + id;
			model.addAttribute("confirmation",
					new Confirmation(
							text(type.deleteTitleKey(), locale), this.messages.getMessage("editorial.delete.question",
									new Object[] { type.title(item) }, locale),
							self + "/verwijderen", text("editorial.delete.yes", locale), self));
			return "admin/confirm";
		});
	}

	/** Deletes an item after the question was answered. */
	public <T, F extends Editable.Form> String delete(Editable<T, F> type, long id, RedirectAttributes redirect) {
		return this.writing.execute((status) -> {
			T item = find(type, id);
			String subject = type.subject(item);
			type.delete(item);
			this.events.publishEvent(new Edited(type.kind(), "deleted", subject));
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.deleted");
			return "redirect:" + type.base();
		});
	}

	private static <T> T find(Editable<T, ?> type, long id) {
		return type.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
