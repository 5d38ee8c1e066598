package nl.bewonersplein.site;

import nl.bewonersplein.content.Themes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who the network is, its themes, and the newest items of each module. */
@Controller
class HomeController {

	private final Themes themes;

	HomeController(Themes themes) {
		this.themes = themes;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("home", new HomePage(this.themes.all()));
		return "site/home";
	}

}
