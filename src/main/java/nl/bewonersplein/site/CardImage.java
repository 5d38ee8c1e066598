package nl.bewonersplein.site;

/**
 * A small image on a card (home page blocks, lists, related blocks), ready for an
 * {@code <img>} with {@code srcset} and its intrinsic size, so nothing jumps while it
 * loads. Cards show it without a text alternative: the card's title says what it is.
 * Rendered by {@code component/card-image.jte}.
 *
 * @param src a small file
 * @param srcset the widths to choose from
 * @param width the intrinsic width
 * @param height the intrinsic height
 */
public record CardImage(String src, String srcset, int width, int height) {

}
