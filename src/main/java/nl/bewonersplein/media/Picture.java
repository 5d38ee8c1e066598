package nl.bewonersplein.media;

/**
 * An image of the library as a page shows it, ready for an {@code <img>}: the file for
 * browsers without {@code srcset}, the widths to choose from, the intrinsic size (so
 * nothing jumps while it loads), and its texts. Templates render it with
 * {@code component/figure.jte} or {@code component/thumbnail.jte}; only the {@code sizes}
 * attribute, which depends on the layout, is theirs to choose.
 *
 * @param id the library's number of the image
 * @param src the URL of a middle-sized file
 * @param srcset every width, as the {@code srcset} attribute wants it
 * @param width the width of the largest file, in pixels
 * @param height its height
 * @param alt the text alternative; empty for a decorative image
 * @param caption the caption, or empty
 * @param credit who made it (photographer, illustrator), or empty
 */
public record Picture(long id, String src, String srcset, int width, int height, String alt, String caption,
		String credit) {

	/**
	 * The same image with the caption and credit a page chose for it; a blank value keeps
	 * the library's.
	 */
	public Picture withText(String caption, String credit) {
		return new Picture(this.id, this.src, this.srcset, this.width, this.height, this.alt,
				(caption == null || caption.isBlank()) ? this.caption : caption.strip(),
				(credit == null || credit.isBlank()) ? this.credit : credit.strip());
	}

	/**
	 * The same image without a text alternative, where the text next to it says it all.
	 */
	public Picture decorative() {
		return new Picture(this.id, this.src, this.srcset, this.width, this.height, "", this.caption, this.credit);
	}

	/**
	 * The same image with the description a page chose; a blank one keeps the library's.
	 */
	public Picture withAlt(String alt) {
		return (alt == null || alt.isBlank()) ? this : new Picture(this.id, this.src, this.srcset, this.width,
				this.height, alt.strip(), this.caption, this.credit);
	}

	/** As a card's image (without text alternative: the card's title says it). */
	public nl.bewonersplein.site.CardImage card() {
		return new nl.bewonersplein.site.CardImage(this.src, this.srcset, this.width, this.height);
	}

	public boolean hasCaption() {
		return !this.caption.isBlank() || !this.credit.isBlank();
	}

}
