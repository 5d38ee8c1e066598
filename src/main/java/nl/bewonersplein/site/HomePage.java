package nl.bewonersplein.site;

import java.util.List;

import nl.bewonersplein.content.ThemeSummary;
import nl.bewonersplein.shared.HomeSection;

/**
 * What the home page shows besides the layout.
 *
 * @param sections the modules' blocks of newest items, in order
 * @param themes the network's themes
 */
public record HomePage(List<HomeSection> sections, List<ThemeSummary> themes) {

}
