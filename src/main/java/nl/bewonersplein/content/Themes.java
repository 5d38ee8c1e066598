package nl.bewonersplein.content;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the themes for other modules, such as the home page. */
@Service
@Transactional(readOnly = true)
public class Themes {

	private final ThemeRepository themes;

	Themes(ThemeRepository themes) {
		this.themes = themes;
	}

	/** All themes in the editors' order. */
	public List<ThemeSummary> all() {
		return this.themes.findByPublishedTrueOrderByPositionAscTitleAsc()
			.stream()
			.map((theme) -> new ThemeSummary(theme.getTitle(), theme.getSummary(), theme.getUrl()))
			.toList();
	}

	/**
	 * All published themes with their ids, in the editors' order, for modules that file
	 * items under themes and filter by them.
	 */
	public List<ThemeOption> options() {
		return this.themes.findByPublishedTrueOrderByPositionAscTitleAsc()
			.stream()
			.map((theme) -> new ThemeOption(theme.getId(), theme.getSlug(), theme.getTitle()))
			.toList();
	}

}
