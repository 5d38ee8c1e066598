package nl.bewonersplein.content;

/**
 * A theme as lists and menus show it.
 *
 * @param title the theme's name
 * @param summary one or two sentences about it
 * @param url where its dossier page is
 */
public record ThemeSummary(String title, String summary, String url) {

}
