package nl.bewonersplein.admin;

import nl.bewonersplein.shared.Role;

/**
 * An entry of the admin menu. A module that has an admin side declares one as a bean; the
 * admin shell shows it to users whose roles include one of {@code roles}.
 *
 * @param labelKey message key of the label
 * @param path where the entry leads, under {@code /admin}
 * @param order position in the menu, low first
 * @param roles the roles that may use it, e.g. {@code ADMIN}, {@code EDITOR}
 */
public record AdminMenuItem(String labelKey, String path, int order, Role... roles) {

}
