package nl.bewonersplein.admin;

import java.util.List;
import nl.bewonersplein.shared.Role;

/**
 * Something on the admin dashboard that needs attention, e.g. "3 nieuwe bestellingen". A
 * module contributes by declaring a {@link Provider} bean.
 *
 * @param labelKey message key of the label, with the count as argument {@code {0}}
 * @param count how many; items with 0 are not shown
 * @param href where to deal with it
 * @param roles who sees it
 */
public record Attention(String labelKey, long count, String href, List<Role> roles) {

	/**
	 * Supplies a module's attention items; called on every dashboard view, so keep it
	 * cheap.
	 */
	@FunctionalInterface
	public interface Provider {

		List<Attention> attention();

	}

}
