package nl.bewonersplein.admin;

import nl.bewonersplein.shared.Role;

/**
 * An admin address without a menu entry, and the roles that may use it and everything
 * below it: e.g. the editor's writing help or the media picker, which every role that
 * edits a body or picks an image needs, also where the menu entry above it is for fewer
 * roles. A module declares one as a bean; the access rules take it in with the menu
 * items' (the longer path wins).
 *
 * @param path the address, under {@code /admin/}
 * @param roles the roles that may use it
 */
public record AdminPath(String path, Role... roles) {

}
