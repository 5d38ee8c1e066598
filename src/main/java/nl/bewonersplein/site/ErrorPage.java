package nl.bewonersplein.site;

/**
 * An error page's content.
 *
 * @param status the HTTP status
 * @param kind which explanation to show: the key part in {@code error.<kind>.*}
 */
public record ErrorPage(int status, String kind) {

}
