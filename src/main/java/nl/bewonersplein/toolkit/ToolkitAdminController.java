package nl.bewonersplein.toolkit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage toolkits at {@code /admin/toolkits}: create one
 * ({@code /admin/toolkits/nieuw}), change its texts, publish a new edition, and delete it
 * after confirming. The list itself is {@link ToolkitListAdminController}.
 */
@Controller
class ToolkitAdminController {

	private final ToolkitAdmin admin;

	private final ToolkitAdminPages pages;

	private final MessageSource messages;

	private final Clock clock;

	private final FormSubmissions submissions;

	ToolkitAdminController(ToolkitAdmin admin, ToolkitAdminPages pages, MessageSource messages, Clock clock,
			FormSubmissions submissions) {
		this.admin = admin;
		this.pages = pages;
		this.messages = messages;
		this.clock = clock;
		this.submissions = submissions;
	}

	@Bean
	static AdminMenuItem toolkitAdminMenuItem() {
		return new AdminMenuItem("toolkit.admin.menu", "/admin/toolkits", 30, Role.ADMIN, Role.EDITOR);
	}

	@GetMapping("/admin/toolkits/nieuw")
	String newToolkit(Locale locale, Model model) {
		return newForm(ToolkitForm.empty(), FormErrors.NONE, null, locale, model);
	}

	@PostMapping("/admin/toolkits")
	String create(@Valid @ModelAttribute ToolkitForm form, BindingResult result,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String formToken, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return newForm(form, FormErrors.of(result, this.messages, locale), formToken, locale, model);
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(formToken,
				() -> "/admin/toolkits/" + this.admin.create(ToolkitAdmin.slugOf(form.title()), form));
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.created");
			return "redirect:" + done.location();
		}
		response.setStatus(HttpStatus.CONFLICT.value());
		return newForm(form, new FormErrors(Map.of(), List.of(text("form.conflict", locale))), formToken, locale,
				model);
	}

	@GetMapping("/admin/toolkits/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("page", this.pages.page(id, null, FormErrors.NONE, FormErrors.NONE, locale));
		return "toolkit/admin/edit";
	}

	@PostMapping("/admin/toolkits/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute ToolkitForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					this.pages.page(id, form, FormErrors.of(result, this.messages, locale), FormErrors.NONE, locale));
			return "toolkit/admin/edit";
		}
		this.admin.update(id, form);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.saved");
		return "redirect:/admin/toolkits/" + id;
	}

	@PostMapping("/admin/toolkits/{id}/editie")
	String publishEdition(@PathVariable long id, RedirectAttributes redirect) {
		this.admin.publishEdition(id, LocalDate.now(this.clock));
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.edition-published");
		return "redirect:/admin/toolkits/" + id;
	}

	@GetMapping("/admin/toolkits/{id}/verwijderen")
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		Toolkit toolkit = this.admin.toolkit(id);
		model.addAttribute("confirmation",
				new Confirmation(text("toolkit.admin.delete.title", locale),
						this.messages.getMessage("toolkit.admin.delete.question", new Object[] { toolkit.getTitle() },
								locale),
						"/admin/toolkits/" + id + "/verwijderen", text("toolkit.admin.delete.button", locale),
						"/admin/toolkits/" + id));
		return "admin/confirm";
	}

	@PostMapping("/admin/toolkits/{id}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.admin.delete(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.deleted");
		return "redirect:/admin/toolkits";
	}

	private String newForm(ToolkitForm form, FormErrors errors, String formToken, Locale locale, Model model) {
		model.addAttribute("page", new ToolkitNewPage(form, errors, this.pages.supporterOptions(form, locale),
				FormSubmissions.isToken(formToken) ? formToken : this.submissions.newToken()));
		return "toolkit/admin/new";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
