package nl.bewonersplein.content;

/**
 * The type label of an article. Knowledge articles live in the knowledge base at
 * {@code /kennis}; all others are news-like and live at {@code /nieuws}.
 */
public enum ArticleKind {

	/** Nieuws. */
	NEWS("/nieuws"),

	/** Uitleg: an explainer. */
	EXPLAINER("/nieuws"),

	/** Standpunt: the network's position. */
	POSITION("/nieuws"),

	/** Verhaal: a resident's story. */
	STORY("/nieuws"),

	/** Kennis: a knowledge-base article. */
	KNOWLEDGE("/kennis");

	private final String section;

	ArticleKind(String section) {
		this.section = section;
	}

	/** The path of the section the article is listed in. */
	public String section() {
		return this.section;
	}

	/** Message key of the type label, e.g. {@code article.kind.news}. */
	public String labelKey() {
		return "article.kind." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
