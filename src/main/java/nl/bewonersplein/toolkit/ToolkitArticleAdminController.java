package nl.bewonersplein.toolkit;

import nl.bewonersplein.admin.AdminShell;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static nl.bewonersplein.toolkit.ToolkitStructureAdminController.back;

/**
 * Editors put articles in a toolkit's chapters, move them and take them out again. Moving
 * is a POST button ({@code omhoog}/{@code omlaag}), so it works without JavaScript.
 */
@Controller
class ToolkitArticleAdminController {

	private final ToolkitAdmin admin;

	ToolkitArticleAdminController(ToolkitAdmin admin) {
		this.admin = admin;
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

}
