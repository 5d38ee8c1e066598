package nl.bewonersplein.orders;

import java.util.List;

/**
 * A material as the order pages show it.
 *
 * @param slug its slug
 * @param name its name
 * @param href its page
 * @param description its description in plain paragraphs (for summaries)
 * @param descriptionHtml its description rendered (the body format)
 * @param image its image, or null
 * @param imageAlt the image's text alternative
 * @param unit what one unit is
 * @param price the price, formatted ("Gratis")
 * @param delivery when it arrives
 * @param availability "Op voorraad", "Op = op", "Nu niet te bestellen"
 * @param orderable whether it can be ordered now
 * @param soldOut whether it is open but out of stock (then "houd me op de hoogte")
 * @param maxPerOrder most units per order
 */
public record MaterialView(String slug, String name, String href, List<String> description, String descriptionHtml,
		String image, String imageAlt, String unit, String price, String delivery, String availability,
		boolean orderable, boolean soldOut, int maxPerOrder) {

}
