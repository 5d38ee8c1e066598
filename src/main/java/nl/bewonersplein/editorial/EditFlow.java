package nl.bewonersplein.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
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
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The one admin edit flow every editable type goes through: open a new or existing item,
 * save it (422 with the form kept on bad input, 200 with a preview when asked, 409 with
 * both versions side by side when someone else saved since the form was opened), publish,
 * schedule or take it offline from the same form after saving what is typed
 * ({@link Publishable} types), keep a revision of each save, confirm and delete. Each
 * change is published as an {@link Edited} event in its own transaction, which the audit
 * log records. Controllers hand their {@link Editable} to these methods, mostly through
 * the shared handlers of {@link EditController}; they are not transactional themselves.
 */
@Component
public class EditFlow {

	/** The name of the model attribute with the page's {@link EditorialPanel}. */
	public static final String PANEL = "editorial";

	/** The field of the delete question with the address visitors are sent to instead. */
	public static final String REDIRECT_FIELD = "doorsturen";

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final FormSubmissions submissions;

	private final EditableTypes types;

	private final Publications publications;

	private final Revisions revisions;

	private final Panels panels;

	private final Deletions deletions;

	private final KeptFormRefill kept;

	EditFlow(ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactions,
			FormSubmissions submissions, EditableTypes types, Publications publications, Revisions revisions,
			Panels panels, Deletions deletions, KeptFormRefill kept) {
		this.kept = kept;
		this.events = events;
		this.messages = messages;
		this.submissions = submissions;
		this.types = types;
		this.publications = publications;
		this.revisions = revisions;
		this.panels = panels;
		this.deletions = deletions;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/**
	 * Makes a type that is not a bean known to the shared pages (revisions) and the
	 * scheduled job; call it from the constructor of the controller that holds it.
	 */
	public void register(Editable<?, ?> type) {
		this.types.register(type);
	}

	/**
	 * The form for a new item, with a fresh one-time token; filled in with what was typed
	 * when a save was refused because the session had expired.
	 */
	public <T, F extends Editable.Form> String showNew(Editable<T, F> type, F empty, Locale locale, Model model) {
		EditState state = new EditState(FormErrors.NONE, false, null, "", this.submissions.newToken());
		F form = this.kept.refill(empty, model).orElse(empty);
		return this.reading.execute((status) -> show(type, null, form, null, state, locale, model));
	}

	/**
	 * The form for an existing item, filled in from it; or with what was typed when a
	 * save was refused because the session had expired (based on the version it was
	 * opened on, so that saving it still notices someone else's save).
	 */
	public <T, F extends Editable.Form> String showEdit(Editable<T, F> type, long id, Locale locale, Model model) {
		return this.reading.execute((status) -> {
			T item = find(type, id);
			F saved = type.form(item);
			Optional<F> kept = this.kept.refill(saved, model);
			EditState state = kept.isPresent()
					? new EditState(FormErrors.NONE, false, kept.get().versionValue(), "", null)
					: EditState.opened(type.version(item));
			return show(type, item, kept.orElse(saved), null, state, locale, model);
		});
	}

	/**
	 * A posted new item: shown again (422, or 200 with a preview) or created once per
	 * form token, so that a double click or ten concurrent posts of one form make one
	 * item and all get its address; a unique key taken meanwhile by another form answers
	 * 409 with the form kept. "Publiceren" or "Plannen" in the form creates it and puts
	 * it online or schedules it. Called outside a transaction.
	 */
	public <T, F extends Editable.Form> String create(Editable<T, F> type, F form, BindingResult result,
			boolean preview, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.types.register(type);
		Publications.Action action = Publications.action();
		this.reading.executeWithoutResult((status) -> type.check(form, null, result));
		Instant scheduleAt = (action == Publications.Action.SCHEDULE && !preview && type instanceof Publishable<?>)
				? this.publications.scheduleMoment(result) : null;
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
			return this.reading.execute((status) -> show(type, null, form, null, state, locale, model));
		}
		String[] flash = { "editorial.saved" };
		FormSubmissions.Outcome outcome = this.submissions.submit(form.formToken(), () -> {
			T item = type.create(form);
			this.events.publishEvent(new Edited(type.kind(), "created", type.subject(item)));
			flash[0] = this.publications.apply(type, item, action, scheduleAt);
			this.revisions.record(type.kind(), type.id(item), null, type.snapshot(type.form(item)), null,
					this.publications.online(type, item));
			return type.base() + "/" + type.id(item);
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, flash[0]);
			return "redirect:" + done.location();
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		EditState state = new EditState(new FormErrors(Map.of(), List.of(text("form.conflict", locale))), false, null,
				"", token);
		return this.reading.execute((status) -> show(type, null, form, null, state, locale, model));
	}

	/**
	 * A posted change: shown again (422, 200 with a preview, or 409 when the item changed
	 * since the form was opened: the page shows their version and this editor's side by
	 * side, keeps what this editor typed in the form and bases the next save on their
	 * version) or saved, with a revision, and then published, scheduled or taken offline
	 * when the editor pressed that button.
	 */
	public <T, F extends Editable.Form> String update(Editable<T, F> type, long id, F form, BindingResult result,
			boolean preview, Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		this.types.register(type);
		Publications.Action action = Publications.action();
		try {
			return this.writing.execute((status) -> {
				T item = find(type, id);
				type.check(form, item, result);
				Instant scheduleAt = (action == Publications.Action.SCHEDULE && !preview
						&& !this.publications.online(type, item)) ? this.publications.scheduleMoment(result) : null;
				boolean stale = !result.hasErrors()
						&& (form.versionValue() == null || form.versionValue() != type.version(item));
				if (result.hasErrors() || preview || stale) {
					status.setRollbackOnly();
					response.setStatus(stale ? 409 : (result.hasErrors() ? 422 : 200));
					return show(type, item, form, stale ? form : null,
							new EditState(FormErrors.of(result, this.messages, locale), stale,
									stale ? Long.valueOf(type.version(item)) : form.versionValue(),
									preview ? type.preview(form) : "", null),
							locale, model);
				}
				Map<String, String> before = type.snapshot(type.form(item));
				type.update(item, form);
				this.events.publishEvent(new Edited(type.kind(), "updated", type.subject(item)));
				String flash = this.publications.apply(type, item, action, scheduleAt);
				this.revisions.record(type.kind(), id, before, type.snapshot(type.form(item)), null,
						this.publications.online(type, item));
				redirect.addFlashAttribute(AdminShell.FLASH, flash);
				return "redirect:" + type.base() + "/" + id;
			});
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// Two saves at the same moment: the database refused the later one. Its
			// editor gets the conflict page with what they typed.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return this.reading.execute((status) -> {
				T item = find(type, id);
				return show(type, item, form, form, new EditState(FormErrors.NONE, true, type.version(item), "", null),
						locale, model);
			});
		}
	}

	/**
	 * Restores a revision: its fields are saved as the item's current state (a new
	 * revision), publication unchanged. A revision that no longer passes the checks (its
	 * address was taken meanwhile) is shown in the form with the messages instead (422).
	 */
	<T, F extends Editable.Form> String restore(Editable<T, F> type, long id, int number, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.writing.execute((status) -> {
			T item = find(type, id);
			Revisions.Entry revision = this.revisions.find(type.kind(), id, number)
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
			Map<String, String> before = type.snapshot(type.form(item));
			F form = type.restore(revision.fields(), type.form(item));
			BindingResult result = new DirectFieldBindingResult(form, "form");
			type.check(form, item, result);
			if (result.hasErrors()) {
				status.setRollbackOnly();
				response.setStatus(422);
				return show(type, item, form, null, new EditState(FormErrors.of(result, this.messages, locale), false,
						type.version(item), "", null), locale, model);
			}
			type.update(item, form);
			this.events.publishEvent(new Edited(type.kind(), "updated", type.subject(item)));
			this.revisions.record(type.kind(), id, before, type.snapshot(type.form(item)), "restored:" + number,
					this.publications.online(type, item));
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.restored");
			return "redirect:" + type.base() + "/" + id;
		});
	}

	/**
	 * The question whether to delete an item; for an item that is online also where its
	 * visitors go from then on (a "removed" page, 410, or a redirect the editor chooses).
	 */
	public <T, F extends Editable.Form> String confirmDelete(Editable<T, F> type, long id, Locale locale, Model model) {
		return this.deletions.confirm(type, id, locale, model);
	}

	/** Deletes an item after the question was answered (see the overload). */
	public <T, F extends Editable.Form> String delete(Editable<T, F> type, long id, RedirectAttributes redirect) {
		return this.deletions.delete(type, id, Locale.forLanguageTag("nl"), null, null, redirect);
	}

	/**
	 * Deletes an item after the question was answered, with its revisions, schedule and
	 * preview links. The address of an item that was online answers 410 Gone from then
	 * on, or redirects (301) to the address the editor chose ({@value #REDIRECT_FIELD});
	 * a target that is not valid shows the question again (422).
	 */
	public <T, F extends Editable.Form> String delete(Editable<T, F> type, long id, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.deletions.delete(type, id, locale, model, response, redirect);
	}

	private <T, F extends Editable.Form> String show(Editable<T, F> type, T item, F form, F conflicting,
			EditState state, Locale locale, Model model) {
		model.addAttribute(PANEL, this.panels.panel(type, item, conflicting, state, locale, model));
		return type.show(item, form, state, locale, model);
	}

	static <T> T find(Editable<T, ?> type, long id) {
		return type.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
