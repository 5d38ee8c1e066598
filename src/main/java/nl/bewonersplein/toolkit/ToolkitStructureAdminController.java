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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors arrange a toolkit: add, rename, move and delete chapters, and add, move and
 * remove articles. Moving is a POST button ({@code omhoog}/{@code omlaag}), so it works
 * without JavaScript.
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

	@PostMapping("/admin/toolkits/{id}/hoofdstukken/{chapterId}/artikelen")
	String addArticle(@PathVariable long id, @PathVariable long chapterId,
			@RequestParam(required = false) Long articleId, RedirectAttributes redirect) {
		if (articleId == null) {
			redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.choose-article");
			return back(id, "hoofdstuk-" + chapterId);
		}
		boolean added = this.admin.addArticle(id, chapterId, articleId);
		redirect.addFlashAttribute(AdminShell.FLASH,
				added ? "toolkit.admin.article-added" : "toolkit.admin.article-already-there");
		return back(id, "hoofdstuk-" + chapterId);
	}

	@PostMapping("/admin/toolkits/{id}/artikelen/{itemId}/{direction:omhoog|omlaag}")
	String moveArticle(@PathVariable long id, @PathVariable long itemId, @PathVariable String direction,
			RedirectAttributes redirect) {
		this.admin.moveArticle(id, itemId, "omhoog".equals(direction) ? -1 : 1);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.moved");
		return back(id, "plek-" + itemId);
	}

	@PostMapping("/admin/toolkits/{id}/artikelen/{itemId}/verwijderen")
	String removeArticle(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
		this.admin.removeArticle(id, itemId);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.article-removed");
		return back(id, "structuur");
	}

	private static String back(long id, String anchor) {
		return "redirect:/admin/toolkits/" + id + "#" + anchor;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
