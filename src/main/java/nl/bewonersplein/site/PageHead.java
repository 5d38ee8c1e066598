package nl.bewonersplein.site;

/**
 * What a page tells search engines and link previews, for the layout's head.
 *
 * @param canonical the page's own path (the layout makes it absolute)
 * @param ogType Open Graph type: {@code article} or {@code website}
 * @param image path of the preview image, or empty
 * @param jsonLd structured data, already escaped for a script element, or empty
 */
public record PageHead(String canonical, String ogType, String image, String jsonLd) {

}
