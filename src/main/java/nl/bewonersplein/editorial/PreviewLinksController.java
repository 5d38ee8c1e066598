package nl.bewonersplein.editorial;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Editors make and revoke secret preview links of a draft on its edit page; anyone with a
 * working link sees the draft at {@code /voorbeeld/<secret>} without logging in (never
 * indexed). A revoked or expired link answers 410 with a Dutch page, an unknown one 404.
 */
@Controller
class PreviewLinksController {

	/** Flash attribute with the path of a link just made (shown once). */
	static final String NEW_LINK = "newPreviewLink";

	private final EditableTypes types;

	private final PreviewLinks links;

	PreviewLinksController(EditableTypes types, PreviewLinks links) {
		this.types = types;
		this.links = links;
	}

	@PostMapping("/admin/{section}/{id}/voorbeeldlinks")
	String create(@PathVariable String section, @PathVariable long id, RedirectAttributes redirect) {
		Editable<?, ?> type = type(section);
		if (type.find(id).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute(NEW_LINK, this.links.create(type.kind(), id));
		redirect.addFlashAttribute(AdminShell.FLASH, "editorial.preview.created");
		return "redirect:" + type.base() + "/" + id + "#voorbeeldlinks";
	}

	@PostMapping("/admin/{section}/{id}/voorbeeldlinks/{link}/intrekken")
	String revoke(@PathVariable String section, @PathVariable long id, @PathVariable long link,
			RedirectAttributes redirect) {
		Editable<?, ?> type = type(section);
		if (!this.links.revoke(type.kind(), id, link)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "editorial.preview.revoked");
		return "redirect:" + type.base() + "/" + id + "#voorbeeldlinks";
	}

	@GetMapping(PreviewLinks.PATH + "{token}")
	@Transactional(readOnly = true)
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		PreviewLinks.Found found = this.links.find(token).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (found instanceof PreviewLinks.Valid valid) {
			Editable<?, ?> type = this.types.ofKind(valid.kind())
				.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
			model.addAttribute("preview", page(type, valid.itemId()));
			return "editorial/preview";
		}
		response.setStatus(HttpStatus.GONE.value());
		return "editorial/preview-gone";
	}

	private static <T, F extends Editable.Form> PreviewPage page(Editable<T, F> type, long id) {
		T item = type.find(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		F form = type.form(item);
		Map<String, String> fields = type.snapshot(form);
		return new PreviewPage(type.title(item), fields.getOrDefault("summary", ""), type.preview(form));
	}

	private Editable<?, ?> type(String section) {
		return this.types.atBase("/admin/" + section).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
