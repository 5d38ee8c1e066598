package nl.bewonersplein.admin;

/**
 * The confirmation step before something is deleted (or another step that cannot be
 * undone): an admin page that asks, with a POST form to do it and a link back. Render the
 * view {@code admin/confirm} with this as model attribute {@code confirmation}.
 *
 * @param title the page title, e.g. "Artikel verwijderen"
 * @param question what is asked, naming the item, e.g. "Wil je ... verwijderen?"
 * @param action the URL the confirming form POSTs to
 * @param button label of the confirming button
 * @param cancel where "Nee, terug" leads
 */
public record Confirmation(String title, String question, String action, String button, String cancel) {

}
