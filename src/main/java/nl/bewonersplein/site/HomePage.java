package nl.bewonersplein.site;

import java.util.List;

/**
 * What the home page shows besides the layout.
 *
 * @param sections the modules' blocks, in order
 */
public record HomePage(List<HomeSection> sections) {

}
