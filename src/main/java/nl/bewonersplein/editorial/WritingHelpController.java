package nl.bewonersplein.editorial;

import nl.bewonersplein.admin.AdminPath;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The body editor's live side: what is typed, posted while typing, comes back as the
 * writing help ({@link Readability}, the same panel the page shows after a save or a
 * preview) and the preview as the published page renders it ({@link BodyRenderer}), one
 * HTML fragment with both. Advice only: it stores nothing.
 */
@Controller
class WritingHelpController {

	static final String PATH = "/admin/schrijfhulp";

	/** Longer texts are cut for the live help; the form itself refuses them on save. */
	private static final int MAX = 100_000;

	private final BodyRenderer bodies;

	WritingHelpController(BodyRenderer bodies) {
		this.bodies = bodies;
	}

	/** Every role that edits a body may ask for the writing help. */
	@Bean
	static AdminPath writingHelpPath() {
		return new AdminPath(PATH, Role.ADMIN, Role.EDITOR, Role.COORDINATOR);
	}

	@PostMapping(PATH)
	String help(@RequestParam(name = "tekst", defaultValue = "") String text, Model model) {
		String body = (text.length() > MAX) ? text.substring(0, MAX) : text;
		model.addAttribute("report", Readability.of(body));
		model.addAttribute("preview", this.bodies.toHtml(body));
		return "editorial/live";
	}

}
