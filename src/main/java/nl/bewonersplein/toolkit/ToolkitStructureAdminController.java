package nl.bewonersplein.toolkit;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors arrange a toolkit's chapters: add, rename, move and delete them (the articles
 * in them are {@link ToolkitArticleAdminController}'s). Moving is a POST button
 * ({@code omhoog}/{@code omlaag}), so it works without JavaScript.
 */
@Controller
class ToolkitStructureAdminController {

	private final ToolkitAdmin admin;

	private final ToolkitAdminPages pages;

	private final MessageSource messages;

	ToolkitStructureAdminController(ToolkitAdmin admin, ToolkitAdminPages pages, MessageSource messages) {
		this.admin = admin;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/admin/toolkits/{id}/hoofdstukken")
	String addChapter(@PathVariable long id, @Valid @ModelAttribute ChapterForm form, BindingResult result,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					this.pages.page(id, null, FormErrors.NONE, FormErrors.of(result, this.messages, locale), locale));
			return "toolkit/admin/edit";
		}
		long chapterId = this.admin.addChapter(id, form);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.chapter-added");
		return back(id, "hoofdstuk-" + chapterId);
	}

	@PostMapping("/admin/toolkits/{id}/hoofdstukken/{chapterId}")
	String updateChapter(@PathVariable long id, @PathVariable long chapterId, @Valid @ModelAttribute ChapterForm form,
			BindingResult result, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					this.pages.page(id, null, FormErrors.NONE, FormErrors.of(result, this.messages, locale), locale));
			return "toolkit/admin/edit";
		}
		this.admin.updateChapter(id, chapterId, form);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.saved");
		return back(id, "hoofdstuk-" + chapterId);
	}

	@PostMapping("/admin/toolkits/{id}/hoofdstukken/{chapterId}/{direction:omhoog|omlaag}")
	String moveChapter(@PathVariable long id, @PathVariable long chapterId, @PathVariable String direction,
			RedirectAttributes redirect) {
		this.admin.moveChapter(id, chapterId, "omhoog".equals(direction) ? -1 : 1);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.moved");
		return back(id, "hoofdstuk-" + chapterId);
	}

	@GetMapping("/admin/toolkits/{id}/hoofdstukken/{chapterId}/verwijderen")
	String confirmDeleteChapter(@PathVariable long id, @PathVariable long chapterId, Locale locale, Model model) {
		ToolkitChapter chapter = this.admin.chapter(id, chapterId);
		model.addAttribute("confirmation", new Confirmation(text("toolkit.admin.chapter.delete.title", locale),
				this.messages.getMessage("toolkit.admin.chapter.delete.question", new Object[] { chapter.getTitle() },
						locale),
				"/admin/toolkits/" + id + "/hoofdstukken/" + chapterId + "/verwijderen",
				text("toolkit.admin.chapter.delete.button", locale), "/admin/toolkits/" + id));
		return "admin/confirm";
	}

	@PostMapping("/admin/toolkits/{id}/hoofdstukken/{chapterId}/verwijderen")
	String deleteChapter(@PathVariable long id, @PathVariable long chapterId, RedirectAttributes redirect) {
		this.admin.deleteChapter(id, chapterId);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.chapter-deleted");
		return back(id, "structuur");
	}

	static String back(long id, String anchor) {
		return "redirect:/admin/toolkits/" + id + "#" + anchor;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
