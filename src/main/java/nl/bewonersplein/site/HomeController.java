package nl.bewonersplein.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.HomeSection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who the network is, the newest items of each module, and its themes. */
@Controller
class HomeController {

	private final Themes themes;

	private final ObjectProvider<HomeSection.Provider> sections;

	HomeController(Themes themes, ObjectProvider<HomeSection.Provider> sections) {
		this.themes = themes;
		this.sections = sections;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		List<HomeSection> blocks = this.sections.orderedStream()
			.map((provider) -> provider.homeSection(locale))
			.flatMap(Optional::stream)
			.filter((section) -> !section.items().isEmpty())
			.sorted(Comparator.comparingInt(HomeSection::order))
			.toList();
		model.addAttribute("home", new HomePage(blocks, this.themes.all()));
		return "site/home";
	}

}
