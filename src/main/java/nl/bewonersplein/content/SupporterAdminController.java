package nl.bewonersplein.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.audit.AuditEvent;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage the funders and partners at {@code /admin/organisaties}: the footer
 * thanks them, and articles credit them in their acknowledgements.
 */
@Controller
@RequestMapping("/admin/organisaties")
@Transactional
class SupporterAdminController {

	private static final String BASE = "/admin/organisaties";

	private final SupporterRepository supporters;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final FormSubmissions submissions;

	SupporterAdminController(SupporterRepository supporters, ApplicationEventPublisher events, MessageSource messages,
			FormSubmissions submissions) {
		this.supporters = supporters;
		this.events = events;
		this.messages = messages;
		this.submissions = submissions;
	}

	@InitBinder
	void noNulBytes(WebDataBinder binder) {
		AdminForms.dropNulBytes(binder);
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Locale locale, Model model) {
		List<AdminList.Row> rows = this.supporters.findAll(Sort.by("position", "name"))
			.stream()
			.map((supporter) -> new AdminList.Row(supporter.getName(), BASE + "/" + supporter.getId(),
					supporter.getUrl(),
					text((supporter.getRole() == Supporter.Role.FUNDER) ? "content.admin.supporters.funder"
							: "content.admin.supporters.partner", locale),
					""))
			.toList();
		model.addAttribute("list", new AdminList(text("content.admin.supporters", locale), BASE + "/nieuw",
				text("content.admin.supporters.new", locale), rows));
		return "content/admin/list";
	}

	@GetMapping("/nieuw")
	String create(Locale locale, Model model) {
		return show(null, SupporterForm.empty(), FormErrors.NONE, false, null, locale, model);
	}

	@PostMapping
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	String add(@Valid SupporterForm form, BindingResult result,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String formToken, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(422);
			return show(null, form, FormErrors.of(result, this.messages, locale), false, formToken, locale, model);
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(formToken, () -> {
			Supporter supporter = new Supporter(form.name().strip(), form.url().strip(), form.roleValue(),
					form.positionValue());
			supporter.edit(form.name().strip(), form.url().strip(), form.logo(), form.roleValue(), form.positionValue(),
					form.footer());
			this.supporters.save(supporter);
			this.events.publishEvent(new AuditEvent("supporter.created", subject(supporter)));
			return BASE + "/" + supporter.getId();
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
			return "redirect:" + done.location();
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return show(null, form, new FormErrors(Map.of(), List.of(text("form.conflict", locale))), false, formToken,
				locale, model);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, Locale locale, Model model) {
		Supporter supporter = find(id);
		return show(supporter, SupporterForm.of(supporter), FormErrors.NONE, false, null, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid SupporterForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Supporter supporter = find(id);
		boolean stale = !result.hasErrors()
				&& (form.versionValue() == null || form.versionValue() != supporter.getVersion());
		if (result.hasErrors() || stale) {
			response.setStatus(stale ? 409 : 422);
			return show(supporter, form, FormErrors.of(result, this.messages, locale), stale, null, locale, model);
		}
		supporter.edit(form.name().strip(), form.url().strip(), form.logo(), form.roleValue(), form.positionValue(),
				form.footer());
		this.supporters.saveAndFlush(supporter);
		this.events.publishEvent(new AuditEvent("supporter.updated", subject(supporter)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/{id}/verwijderen")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		Supporter supporter = find(id);
		model.addAttribute("confirmation",
				new Confirmation(text("content.admin.supporters.delete", locale),
						this.messages.getMessage("content.admin.delete.question", new Object[] { supporter.getName() },
								locale),
						BASE + "/" + id + "/verwijderen", text("content.admin.delete.yes", locale), BASE + "/" + id));
		return "admin/confirm";
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Supporter supporter = find(id);
		this.supporters.delete(supporter);
		this.events.publishEvent(new AuditEvent("supporter.deleted", subject(supporter)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.deleted");
		return "redirect:" + BASE;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String lostRace() {
		return "redirect:" + BASE;
	}

	private String show(Supporter supporter, SupporterForm form, FormErrors errors, boolean conflict, String formToken,
			Locale locale, Model model) {
		String heading = (supporter == null) ? text("content.admin.supporters.new", locale)
				: this.messages.getMessage("content.admin.edit", new Object[] { supporter.getName() }, locale);
		model.addAttribute("editor",
				new SupporterEditor(heading, (supporter == null) ? BASE : BASE + "/" + supporter.getId(),
						(supporter == null) ? "" : BASE + "/" + supporter.getId() + "/verwijderen",
						TextAdminController.orEmpty(form.name()), TextAdminController.orEmpty(form.url()),
						TextAdminController.orEmpty(form.logo()), !"PARTNER".equals(form.role()),
						TextAdminController.orEmpty(form.position()), form.footer(),
						conflict ? Long.valueOf(supporter.getVersion()) : form.versionValue(), errors, conflict,
						(supporter == null)
								? (FormSubmissions.isToken(formToken) ? formToken : this.submissions.newToken())
								: null));
		return "content/admin/supporter";
	}

	private Supporter find(long id) {
		return this.supporters.findById(id).orElseThrow(ContentErrors::notFound);
	}

	private static String subject(Supporter supporter) {
		return "Organisatie " + supporter.getId() + " \"" + supporter.getName() + "\"";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
