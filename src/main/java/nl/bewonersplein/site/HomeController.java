package nl.bewonersplein.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: who the network is and the blocks the modules contribute as
 * {@link HomeSection.Provider} beans (newest news, the toolkits, the themes).
 */
@Controller
class HomeController {

	private final ObjectProvider<HomeSection.Provider> sections;

	HomeController(ObjectProvider<HomeSection.Provider> sections) {
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
		model.addAttribute("home", new HomePage(blocks));
		return "site/home";
	}

}
