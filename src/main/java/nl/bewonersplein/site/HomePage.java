package nl.bewonersplein.site;

import java.util.List;

import nl.bewonersplein.content.ThemeSummary;

/**
 * What the home page shows besides the layout.
 *
 * @param themes the network's themes
 */
public record HomePage(List<ThemeSummary> themes) {

}
