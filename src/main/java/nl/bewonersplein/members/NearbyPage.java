package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * "In de buurt van": the nearest initiatives to a town, a postcode's town or the
 * visitor's own location.
 *
 * @param query what was typed, or an empty string
 * @param place the place searched around, e.g. "Amersfoort (Utrecht)", or an empty string
 * @param message a message when the place is not known, or an empty string
 * @param suggestions place names like the one typed, as links
 * @param results the nearest initiatives with their distance
 * @param crumbs the breadcrumb trail
 */
public record NearbyPage(String query, String place, String message, List<Link> suggestions, List<MemberCard> results,
		List<Link> crumbs) {

}
