package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The map of initiatives at {@code /leden/kaart}: an SVG of the Netherlands drawn on the
 * server with a marker per town, the same towns as a list (the accessible alternative),
 * and what the script needs to load interactive tiles after the visitor asks.
 *
 * @param width the map's width in SVG units
 * @param height the map's height
 * @param mapImage the address of the base map (outline and regions)
 * @param markers one marker per town with initiatives
 * @param regions the list: per region its towns and initiatives
 * @param total how many initiatives are on the map
 * @param tiles the tile server's address template
 * @param tilesName the tile server's name, for the opt-in button
 * @param tilesAttribution the credit the tile server asks for
 * @param leafletScript the self-hosted Leaflet script
 * @param leafletStyle the self-hosted Leaflet style sheet
 * @param crumbs the breadcrumb trail
 */
public record MapPage(int width, int height, String mapImage, List<Marker> markers, List<RegionGroup> regions,
		int total, String tiles, String tilesName, String tilesAttribution, String leafletScript, String leafletStyle,
		List<Link> crumbs) {

	/**
	 * A marker: a link with a text.
	 *
	 * @param x where on the map, in SVG units
	 * @param y where on the map
	 * @param radius its size, growing with the number of initiatives
	 * @param label what it says, e.g. "Amersfoort: 2 initiatieven"
	 * @param href the initiative, or the directory filtered on the town
	 */
	public record Marker(String x, String y, String radius, String label, String href) {

	}

	/**
	 * A region in the list.
	 *
	 * @param name its name
	 * @param count how many initiatives
	 * @param href the directory filtered on it
	 * @param towns its towns
	 */
	public record RegionGroup(String name, int count, String href, List<Town> towns) {

	}

	/**
	 * A town in the list, with its initiatives.
	 *
	 * @param name the town
	 * @param latitude its latitude, for the interactive map
	 * @param longitude its longitude
	 * @param count how many initiatives it has
	 * @param href the directory filtered on the town
	 * @param initiatives its initiatives, linking to their profiles; empty when there are
	 * more than a few (then the town links to the directory)
	 */
	public record Town(String name, String latitude, String longitude, int count, String href, List<Link> initiatives) {

	}

}
