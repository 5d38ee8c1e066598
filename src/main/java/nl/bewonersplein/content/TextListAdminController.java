package nl.bewonersplein.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin lists of the text kinds, static pages at {@code /admin/paginas} and themes at
 * {@code /admin/themas}, with bulk publishing; the items themselves are edited in
 * {@link StaticPageAdminController} and {@link ThemeAdminController}, whose
 * {@link TextAdminController} builds the list.
 */
@Controller
class TextListAdminController {

	private final StaticPageAdminController pages;

	private final ThemeAdminController themes;

	TextListAdminController(StaticPageAdminController pages, ThemeAdminController themes) {
		this.pages = pages;
		this.themes = themes;
	}

	@GetMapping(StaticPageAdminController.BASE)
	String pages(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		return this.pages.list(parameters, locale, model);
	}

	@PostMapping(StaticPageAdminController.BASE + "/publicatie")
	String publishPages(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(name = "actie", defaultValue = "") String action, RedirectAttributes redirect) {
		return this.pages.publishSeveral(ids, action, redirect);
	}

	@GetMapping(ThemeAdminController.BASE)
	String themes(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		return this.themes.list(parameters, locale, model);
	}

	@PostMapping(ThemeAdminController.BASE + "/publicatie")
	String publishThemes(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(name = "actie", defaultValue = "") String action, RedirectAttributes redirect) {
		return this.themes.publishSeveral(ids, action, redirect);
	}

}
