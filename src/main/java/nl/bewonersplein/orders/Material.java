package nl.bewonersplein.orders;

import java.time.LocalDate;

/**
 * A printed material that can be ordered.
 *
 * @param id its id
 * @param slug its address under {@code /bestellen}
 * @param name its name
 * @param description what it is, plain text with paragraphs
 * @param image path of its image, or null
 * @param imageAlt the image's text alternative, or null
 * @param unit what one unit is, e.g. "stapeltje van 5 kaarten"
 * @param stock units in stock
 * @param maxPerOrder most units one order may take
 * @param priceCents price per unit in cents; 0 is free
 * @param deliveryText when it arrives, e.g. "levering in december"
 * @param deliveryDate the date delivery is expected by, or null
 * @param open whether it can be ordered now
 * @param toolkitSlug the toolkit it belongs to, or null
 */
record Material(long id, String slug, String name, String description, String image, String imageAlt, String unit,
		int stock, int maxPerOrder, int priceCents, String deliveryText, LocalDate deliveryDate, boolean open,
		String toolkitSlug) {

	/** Whether it can be ordered right now: open and in stock. */
	boolean orderable() {
		return this.open && this.stock > 0;
	}

}
