package nl.bewonersplein.content;

/**
 * A funder or partner as the acknowledgements show it.
 *
 * @param name its name
 * @param url its website
 * @param logo path of its logo, or empty
 */
public record OrganisationView(String name, String url, String logo) {

}
