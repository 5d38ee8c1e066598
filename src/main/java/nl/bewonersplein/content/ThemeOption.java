package nl.bewonersplein.content;

/**
 * A theme as other modules file their items under it and offer it in filters: its stable
 * id, its slug and its name.
 *
 * @param id the theme's id, stable when it is renamed
 * @param slug the last part of its address, {@code /thema/{slug}}
 * @param title its name
 */
public record ThemeOption(long id, String slug, String title) {

	/** Its dossier page. */
	public String url() {
		return "/thema/" + this.slug;
	}

}
