package nl.bewonersplein.site;

/**
 * The search box in the header of every page, declared by the module that answers it (at
 * most one bean). The box is a plain GET form; with JavaScript, {@code script} is loaded
 * the first time the box gets focus, so pages do not pay for it on a cold load.
 *
 * @param action where the form is sent, e.g. {@code /zoeken}
 * @param labelKey the text of the box's label
 * @param buttonKey the text of the button
 * @param suggestions the JSON address of suggestions while typing, empty for none
 * @param script the script that adds the suggestions, empty for none
 */
public record HeaderSearch(String action, String labelKey, String buttonKey, String suggestions, String script) {

}
