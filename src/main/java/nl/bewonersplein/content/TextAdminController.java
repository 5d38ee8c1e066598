package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.audit.AuditEvent;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin of a text kind that has a slug, a title, a summary and a CommonMark body:
 * themes and static pages. List, create, edit with preview, delete after confirmation. A
 * changed slug keeps the old address working.
 *
 * @param <T> the entity
 */
@Transactional
abstract class TextAdminController<T extends EditableText> {

	private final Redirects redirects;

	private final BodyRenderer bodies;

	private final ApplicationEventPublisher events;

	final MessageSource messages;

	final Clock clock;

	private FormSubmissions submissions;

	TextAdminController(Redirects redirects, BodyRenderer bodies, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.redirects = redirects;
		this.bodies = bodies;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Autowired
	void setSubmissions(FormSubmissions submissions) {
		this.submissions = submissions;
	}

	/** E.g. {@code /admin/themas}. */
	abstract String base();

	/** Message key prefix, e.g. {@code content.admin.themes}. */
	abstract String keys();

	/** Audit name, e.g. {@code theme}. */
	abstract String kind();

	abstract boolean hasPosition();

	abstract List<AdminList.Row> rows(Locale locale);

	abstract Optional<T> find(long id);

	abstract Optional<T> findBySlug(String slug);

	abstract TextForm form(T item);

	abstract T create(TextForm form, Instant now);

	abstract void edit(T item, TextForm form, Instant now);

	abstract void delete(T item);

	abstract String url(String slug);

	/** Why a slug cannot be used, as a message key, or null. */
	String reservedSlug(String slug) {
		return null;
	}

	@InitBinder
	void noNulBytes(WebDataBinder binder) {
		AdminForms.dropNulBytes(binder);
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Locale locale, Model model) {
		model.addAttribute("list",
				new AdminList(text(keys(), locale), base() + "/nieuw", text(keys() + ".new", locale), rows(locale)));
		return "content/admin/list";
	}

	@GetMapping("/nieuw")
	@Transactional(readOnly = true)
	String create(Locale locale, Model model) {
		return show(null, TextForm.empty(), FormErrors.NONE, false, "", null, locale, model);
	}

	@PostMapping
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	String add(@Valid TextForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String formToken, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		check(form, null, result);
		Optional<String> earlier = result.hasErrors() ? this.submissions.earlier(formToken) : Optional.empty();
		if (earlier.isPresent()) {
			return "redirect:" + earlier.get();
		}
		if (result.hasErrors() || preview != null) {
			response.setStatus(result.hasErrors() ? 422 : 200);
			return show(null, form, FormErrors.of(result, this.messages, locale), false,
					(preview != null) ? this.bodies.toHtml(form.body()) : "", formToken, locale, model);
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(formToken, () -> {
			T item = create(form, this.clock.instant());
			this.redirects.claimed(url(form.slug()));
			this.events.publishEvent(new AuditEvent(kind() + ".created", subject(item)));
			return base() + "/" + item.getId();
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
			return "redirect:" + done.location();
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return show(null, form, new FormErrors(Map.of(), List.of(text("form.conflict", locale))), false, "", formToken,
				locale, model);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, Locale locale, Model model) {
		T item = find(id).orElseThrow(ContentErrors::notFound);
		return show(item, form(item), FormErrors.NONE, false, "", null, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid TextForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		T item = find(id).orElseThrow(ContentErrors::notFound);
		check(form, item, result);
		boolean stale = !result.hasErrors()
				&& (form.versionValue() == null || form.versionValue() != item.getVersion());
		if (result.hasErrors() || preview != null || stale) {
			response.setStatus(stale ? 409 : (result.hasErrors() ? 422 : 200));
			return show(item, form, FormErrors.of(result, this.messages, locale), stale,
					(preview != null) ? this.bodies.toHtml(form.body()) : "", null, locale, model);
		}
		String oldUrl = url(form(item).slug());
		edit(item, form, this.clock.instant());
		this.redirects.moved(oldUrl, url(form.slug()), this.clock.instant());
		this.events.publishEvent(new AuditEvent(kind() + ".updated", subject(item)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
		return "redirect:" + base() + "/" + id;
	}

	@PostMapping("/{id}/publicatie")
	String publication(@PathVariable long id,
			@RequestParam(name = "publiceren", defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		T item = find(id).orElseThrow(ContentErrors::notFound);
		item.setPublished(publish);
		this.events.publishEvent(new AuditEvent(kind() + (publish ? ".published" : ".unpublished"), subject(item)));
		redirect.addFlashAttribute(AdminShell.FLASH,
				publish ? "content.admin.text.published.done" : "content.admin.text.unpublished.done");
		return "redirect:" + base() + "/" + id;
	}

	@GetMapping("/{id}/verwijderen")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		T item = find(id).orElseThrow(ContentErrors::notFound);
		model.addAttribute("confirmation",
				new Confirmation(text(keys() + ".delete", locale),
						this.messages.getMessage("content.admin.delete.question", new Object[] { item.getTitle() },
								locale),
						base() + "/" + id + "/verwijderen", text("content.admin.delete.yes", locale),
						base() + "/" + id));
		return "admin/confirm";
	}

	@PostMapping("/{id}/verwijderen")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		T item = find(id).orElseThrow(ContentErrors::notFound);
		this.redirects.removed(url(form(item).slug()));
		delete(item);
		this.events.publishEvent(new AuditEvent(kind() + ".deleted", subject(item)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.deleted");
		return "redirect:" + base();
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String lostRace() {
		// Two saves at the same moment: the database refused the later one.
		return "redirect:" + base();
	}

	private void check(TextForm form, T item, BindingResult result) {
		if (form.slug() == null || result.hasFieldErrors("slug")) {
			return;
		}
		String reserved = reservedSlug(form.slug());
		if (reserved != null) {
			result.rejectValue("slug", reserved);
			return;
		}
		findBySlug(form.slug()).filter((other) -> item == null || !other.getId().equals(item.getId()))
			.ifPresent((other) -> result.rejectValue("slug", "content.admin.slug.taken"));
		if (hasPosition() && form.positionValue() == null && !result.hasFieldErrors("position")) {
			result.rejectValue("position", "form.required");
		}
	}

	private String show(T item, TextForm form, FormErrors errors, boolean conflict, String preview, String formToken,
			Locale locale, Model model) {
		String heading = (item == null) ? text(keys() + ".new", locale)
				: this.messages.getMessage("content.admin.edit", new Object[] { item.getTitle() }, locale);
		model.addAttribute("editor", new TextEditor(heading, (item == null) ? base() : base() + "/" + item.getId(),
				(item == null) ? "" : base() + "/" + item.getId() + "/publicatie", item != null && item.isPublished(),
				(item == null) ? "" : base() + "/" + item.getId() + "/verwijderen",
				(item == null) ? "" : url(form(item).slug()),
				this.messages.getMessage("content.admin.slug.address", new Object[] { url("…") }, locale),
				orEmpty(form.slug()), orEmpty(form.title()), orEmpty(form.summary()), orEmpty(form.body()),
				hasPosition() ? orEmpty(form.position()) : null,
				conflict ? Long.valueOf(item.getVersion()) : form.versionValue(), errors, conflict, preview,
				(item == null) ? (FormSubmissions.isToken(formToken) ? formToken : this.submissions.newToken())
						: null));
		return "content/admin/text";
	}

	private String subject(T item) {
		return text(keys() + ".subject", Locale.forLanguageTag("nl")) + " " + item.getId() + " \"" + item.getTitle()
				+ "\"";
	}

	String state(boolean published, Locale locale) {
		return text(published ? "content.admin.published" : "content.admin.offline", locale);
	}

	static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
