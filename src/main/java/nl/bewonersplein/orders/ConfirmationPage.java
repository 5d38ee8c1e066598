package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The page after an order: its number and when it arrives.
 *
 * @param number the order number
 * @param material the material's name
 * @param quantity units and unit, e.g. "2 × stapeltje van 5 kaarten"
 * @param delivery the expected delivery
 * @param address the address lines
 * @param email where the confirmation went, or null when none was given
 * @param crumbs the breadcrumb trail
 */
public record ConfirmationPage(String number, String material, String quantity, String delivery, List<String> address,
		String email, List<Link> crumbs) {

}
