package nl.bewonersplein.media;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.Link;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a library file, after confirmation. A file still used somewhere is not
 * deleted: the editor sees where it is used (with links to change those places) instead
 * of the confirmation, and a POST gets the same list with 409. See
 * {@link MediaAdminController} for the rest of the library's admin.
 */
@Controller
class MediaDeleteController {

	private static final String DELETE = MediaAdminController.ADMIN + "/{id:\\d+}/verwijderen";

	private final MediaStore store;

	private final MediaUploads uploads;

	private final MediaTexts texts;

	MediaDeleteController(MediaStore store, MediaUploads uploads, MediaTexts texts) {
		this.store = store;
		this.uploads = uploads;
		this.texts = texts;
	}

	@GetMapping(DELETE)
	String confirm(@PathVariable long id, Locale locale, Model model) {
		MediaItem item = this.store.find(id).orElseThrow(MediaAdminController::notFound);
		List<MediaUsage.Use> uses = this.uploads.uses(id);
		if (!uses.isEmpty()) {
			return inUse(item, uses, locale, model);
		}
		String back = MediaAdminController.ADMIN + "/" + id;
		model.addAttribute("confirmation",
				new Confirmation(this.texts.t("media.delete.title", locale),
						this.texts.t("media.delete.question", locale, item.originalName()), back + "/verwijderen",
						this.texts.t("media.delete.button", locale), back));
		return "admin/confirm";
	}

	@PostMapping(DELETE)
	String delete(@PathVariable long id, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		MediaItem item = this.store.find(id).orElseThrow(MediaAdminController::notFound);
		List<MediaUsage.Use> uses = this.uploads.delete(id);
		if (!uses.isEmpty()) {
			response.setStatus(409);
			return inUse(item, uses, locale, model);
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "media.flash.deleted");
		return "redirect:" + MediaAdminController.ADMIN;
	}

	private String inUse(MediaItem item, List<MediaUsage.Use> uses, Locale locale, Model model) {
		model.addAttribute("page",
				new MediaAdminPages.InUsePage(this.texts.t("media.in-use.title", locale, item.originalName()),
						uses.stream().map((use) -> new Link(use.label(), use.href())).toList(),
						MediaAdminController.ADMIN + "/" + item.id()));
		return "media/admin/in-use";
	}

}
