package nl.bewonersplein.site;

/**
 * A section of the main menu. A module with a public section declares one as a bean; the
 * menu shows every declared section in {@code order}, and static pages cannot take the
 * section's first path segment.
 *
 * @param labelKey message key of the label, e.g. {@code nav.news}
 * @param path the section's path, e.g. {@code /nieuws}
 * @param order position in the menu, low first (news 10, toolkit 20, knowledge 30, events
 * 40, members 50, orders 60, themes 70, search 80)
 */
public record MenuSection(String labelKey, String path, int order) {

}
