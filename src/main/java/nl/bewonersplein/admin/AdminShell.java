package nl.bewonersplein.admin;

import java.util.List;
import nl.bewonersplein.shared.Link;

/**
 * What the admin layout shows around an admin page: the menu for this person's roles,
 * their name and the flash message of the last action. Every admin template takes it as
 * the model attribute {@code shell}, filled in for each {@code /admin} request by the
 * admin module.
 *
 * @param menu the admin menu entries this person may use, the current one marked
 * @param userName the logged-in person's display name
 * @param flash message key of the confirmation of the last action, or null; controllers
 * set it with {@code redirectAttributes.addFlashAttribute("flash", "some.key")}
 */
public record AdminShell(List<Link> menu, String userName, String flash) {

	/** Name of the flash attribute that carries a confirmation's message key. */
	public static final String FLASH = "flash";

}
