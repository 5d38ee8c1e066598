package nl.bewonersplein.search;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import nl.bewonersplein.admin.AdminShell;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search admin page at {@code /admin/zoeken}: synonym groups editors keep, and the
 * full re-index with its progress. The work is in {@link SearchAdmin}.
 */
@Controller
class SearchAdminController {

	private final SearchAdmin admin;

	SearchAdminController(SearchAdmin admin) {
		this.admin = admin;
	}

	@GetMapping(SearchAdmin.PATH)
	String page(Locale locale, Model model) {
		model.addAttribute("page", this.admin.page("", null, null, locale));
		return "search/admin/search";
	}

	@PostMapping(SearchAdmin.PATH + "/synoniemen")
	String add(@RequestParam(name = "woorden", defaultValue = "") String terms, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!SearchAdmin.valid(terms)) {
			return invalid(terms, locale, model, response);
		}
		this.admin.add(terms);
		redirect.addFlashAttribute(AdminShell.FLASH, "search.admin.synonyms.saved");
		return "redirect:" + SearchAdmin.PATH;
	}

	@PostMapping(SearchAdmin.PATH + "/synoniemen/{id}")
	String change(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") long version,
			@RequestParam(name = "woorden", defaultValue = "") String terms, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!SearchAdmin.valid(terms)) {
			model.addAttribute("page", this.admin.page("", "search.admin.synonyms.invalid", id, terms, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "search/admin/search";
		}
		if (!this.admin.change(id, version, terms)) {
			model.addAttribute("page", this.admin.page("", "search.admin.synonyms.stale", id, terms, locale));
			response.setStatus(HttpStatus.CONFLICT.value());
			return "search/admin/search";
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "search.admin.synonyms.saved");
		return "redirect:" + SearchAdmin.PATH;
	}

	@PostMapping(SearchAdmin.PATH + "/synoniemen/{id}/verwijdering")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.admin.delete(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "search.admin.synonyms.deleted");
		return "redirect:" + SearchAdmin.PATH;
	}

	@PostMapping(SearchAdmin.PATH + "/herindexering")
	String reindex(RedirectAttributes redirect) {
		this.admin.startReindex();
		redirect.addFlashAttribute(AdminShell.FLASH, "search.admin.reindex.started");
		return "redirect:" + SearchAdmin.PATH;
	}

	/**
	 * The progress for the admin page's script, which updates the bar without a reload.
	 */
	@GetMapping(path = SearchAdmin.PATH + "/herindexering", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> progress(Locale locale) {
		Reindexing.Progress progress = this.admin.progress();
		return Map.of("state", progress.state().name().toLowerCase(Locale.ROOT), "done", progress.done(), "total",
				progress.total(), "text", this.admin.describe(progress, locale));
	}

	private String invalid(String terms, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("page", this.admin.page(terms, "search.admin.synonyms.invalid", null, locale));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "search/admin/search";
	}

}
