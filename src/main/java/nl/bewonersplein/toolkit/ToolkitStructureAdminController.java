package nl.bewonersplein.toolkit;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.shared.AdminShell;
import nl.bewonersplein.shared.Confirmation;
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
 * Editors arrange a toolkit: add, rename, move and delete themes, and add, move and
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

	@PostMapping("/admin/toolkits/{id}/themas")
	String addTheme(@PathVariable long id, @Valid @ModelAttribute ThemeForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					this.pages.page(id, null, FormErrors.NONE, FormErrors.of(result, this.messages, locale), locale));
			return "toolkit/admin/edit";
		}
		long themeId = this.admin.addTheme(id, form);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.theme-added");
		return back(id, "thema-" + themeId);
	}

	@PostMapping("/admin/toolkits/{id}/themas/{themeId}")
	String updateTheme(@PathVariable long id, @PathVariable long themeId, @Valid @ModelAttribute ThemeForm form,
			BindingResult result, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					this.pages.page(id, null, FormErrors.NONE, FormErrors.of(result, this.messages, locale), locale));
			return "toolkit/admin/edit";
		}
		this.admin.updateTheme(id, themeId, form);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.saved");
		return back(id, "thema-" + themeId);
	}

	@PostMapping("/admin/toolkits/{id}/themas/{themeId}/{direction:omhoog|omlaag}")
	String moveTheme(@PathVariable long id, @PathVariable long themeId, @PathVariable String direction,
			RedirectAttributes redirect) {
		this.admin.moveTheme(id, themeId, "omhoog".equals(direction) ? -1 : 1);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.moved");
		return back(id, "thema-" + themeId);
	}

	@GetMapping("/admin/toolkits/{id}/themas/{themeId}/verwijderen")
	String confirmDeleteTheme(@PathVariable long id, @PathVariable long themeId, Locale locale, Model model) {
		ToolkitTheme theme = this.admin.theme(id, themeId);
		model.addAttribute("confirmation", new Confirmation(text("toolkit.admin.theme.delete.title", locale),
				this.messages.getMessage("toolkit.admin.theme.delete.question", new Object[] { theme.getTitle() },
						locale),
				"/admin/toolkits/" + id + "/themas/" + themeId + "/verwijderen",
				text("toolkit.admin.theme.delete.button", locale), "/admin/toolkits/" + id));
		return "admin/confirm";
	}

	@PostMapping("/admin/toolkits/{id}/themas/{themeId}/verwijderen")
	String deleteTheme(@PathVariable long id, @PathVariable long themeId, RedirectAttributes redirect) {
		this.admin.deleteTheme(id, themeId);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.theme-deleted");
		return back(id, "structuur");
	}

	@PostMapping("/admin/toolkits/{id}/themas/{themeId}/artikelen")
	String addArticle(@PathVariable long id, @PathVariable long themeId, @RequestParam(required = false) Long articleId,
			RedirectAttributes redirect) {
		if (articleId == null) {
			redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.choose-article");
			return back(id, "thema-" + themeId);
		}
		this.admin.addArticle(id, themeId, articleId);
		redirect.addFlashAttribute(AdminShell.FLASH, "toolkit.admin.article-added");
		return back(id, "thema-" + themeId);
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
