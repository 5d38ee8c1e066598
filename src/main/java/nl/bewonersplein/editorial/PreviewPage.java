package nl.bewonersplein.editorial;

/**
 * The public preview of a draft, opened with a secret link.
 *
 * @param title its title
 * @param summary its lead, or empty
 * @param bodyHtml its body as safe HTML
 */
public record PreviewPage(String title, String summary, String bodyHtml) {

}
