package nl.bewonersplein.members;

/**
 * An initiative's logo or photo from the media library, as editors choose it.
 *
 * @param path its stable address ({@code /media/12/logo.png}), or null for none
 * @param alt a text alternative for this page, or null for the library's
 * @param caption a caption for this page, or null for the library's (the credit line is
 * always the library's)
 */
record InitiativeImage(String path, String alt, String caption) {

	static final InitiativeImage NONE = new InitiativeImage(null, null, null);

	InitiativeImage {
		path = Texts.nullIfBlank(path);
		alt = (path != null) ? Texts.nullIfBlank(alt) : null;
		caption = (path != null) ? Texts.nullIfBlank(caption) : null;
	}

}
