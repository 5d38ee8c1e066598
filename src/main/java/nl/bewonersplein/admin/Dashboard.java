package nl.bewonersplein.admin;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The dashboard's content.
 *
 * @param attention what needs attention, each a link to where to deal with it
 */
public record Dashboard(List<Link> attention) {

}
