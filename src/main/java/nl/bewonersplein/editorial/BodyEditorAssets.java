package nl.bewonersplein.editorial;

/**
 * What the body editor component ({@code component/body-editor.jte}) loads: its script
 * and style under their fingerprinted addresses (cached for a year), and where it asks
 * for the writing help and the live preview and for library images. Every page template
 * can declare it as the parameter {@code bodyEditor}.
 *
 * @param script the editor's script
 * @param stylesheet the editor's style
 * @param helpUrl where the writing help and preview are posted to
 * @param pickerUrl the media library's image picker
 */
public record BodyEditorAssets(String script, String stylesheet, String helpUrl, String pickerUrl) {

}
