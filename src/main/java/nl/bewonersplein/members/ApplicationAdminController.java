package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors decide on "Lid worden" applications at {@code /admin/leden/aanmeldingen}:
 * approve (with an optional message) or decline (with a message); both are mailed.
 */
@Controller
class ApplicationAdminController {

	static final String BASE = MemberPaths.ADMIN + "/aanmeldingen";

	static final int NOTE_MAX = 3000;

	private final Applications applications;

	private final MemberTexts texts;

	ApplicationAdminController(Applications applications, MemberTexts texts) {
		this.applications = applications;
		this.texts = texts;
	}

	@GetMapping(BASE)
	String list(Locale locale, Model model) {
		List<AdminPages.ApplicationRow> rows = this.applications.all()
			.stream()
			.map((a) -> new AdminPages.ApplicationRow(a.name(), a.town(), Dates.shortDate(a.createdAt()),
					status(a.status(), locale), BASE + "/" + a.id()))
			.toList();
		model.addAttribute("page", new AdminPages.ApplicationsPage(rows));
		return "members/admin/applications";
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("page", page(application(id), "", FormErrors.NONE, locale));
		return "members/admin/application";
	}

	@PostMapping(BASE + "/{id}/goedkeuring")
	String approve(@PathVariable long id, @RequestParam(name = "bericht", defaultValue = "") String note, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String text = Texts.cleanMultiline(note);
		if (text.length() > NOTE_MAX) {
			return invalid(id, text, "form.too-long", locale, model, response);
		}
		try {
			long initiative = this.applications.approve(id, text);
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.application.approved");
			return "redirect:" + MemberPaths.ADMIN + "/" + initiative;
		}
		catch (Applications.AlreadyDecided ex) {
			return decided(id, redirect);
		}
	}

	@PostMapping(BASE + "/{id}/afwijzing")
	String decline(@PathVariable long id, @RequestParam(name = "bericht", defaultValue = "") String note, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String text = Texts.cleanMultiline(note);
		if (text.isEmpty()) {
			return invalid(id, text, "members.admin.application.note-required", locale, model, response);
		}
		if (text.length() > NOTE_MAX) {
			return invalid(id, text, "form.too-long", locale, model, response);
		}
		try {
			this.applications.decline(id, text);
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.application.declined");
			return "redirect:" + BASE;
		}
		catch (Applications.AlreadyDecided ex) {
			return decided(id, redirect);
		}
	}

	private String invalid(long id, String note, String key, Locale locale, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		String message = this.texts.t(key, locale).replace("{max}", String.valueOf(NOTE_MAX));
		model.addAttribute("page",
				page(application(id), note, new FormErrors(Map.of("bericht", message), List.of()), locale));
		return "members/admin/application";
	}

	private String decided(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.application.already");
		return "redirect:" + BASE + "/" + id;
	}

	private Applications.Application application(long id) {
		return this.applications.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private AdminPages.ApplicationPage page(Applications.Application a, String note, FormErrors errors, Locale locale) {
		List<Link> facts = new ArrayList<>();
		facts.add(new Link(this.texts.t("members.form.name", locale), a.name()));
		facts.add(new Link(this.texts.t("members.form.kind.label", locale), this.texts.kind(a.kind(), locale)));
		facts.add(new Link(this.texts.t("members.form.town", locale), a.town()));
		facts.add(new Link(this.texts.t("members.form.summary", locale), a.summary()));
		facts.add(new Link(this.texts.t("members.form.website", locale), (a.website() != null) ? a.website() : "-"));
		facts.add(new Link(this.texts.t("members.apply.contact-name", locale), a.contactName()));
		facts.add(new Link(this.texts.t("members.apply.email", locale), a.contactEmail()));
		facts.add(new Link(this.texts.t("members.apply.phone", locale),
				(a.contactPhone() != null) ? a.contactPhone() : "-"));
		facts.add(new Link(this.texts.t("members.admin.application.date", locale), Dates.shortDate(a.createdAt())));
		boolean pending = a.status() == Applications.Status.NEW;
		return new AdminPages.ApplicationPage(a.id(), pending, status(a.status(), locale), facts, a.motivation(),
				pending ? note : ((a.decisionNote() != null) ? a.decisionNote() : ""),
				(a.initiativeId() != null) ? MemberPaths.ADMIN + "/" + a.initiativeId() : null, errors);
	}

	private String status(Applications.Status status, Locale locale) {
		return this.texts.t("members.admin.application.status." + status.name().toLowerCase(Locale.ROOT), locale);
	}

}
