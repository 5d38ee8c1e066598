package nl.bewonersplein.members;

/**
 * Where a point lands on the map {@code static/members/nl-map.svg}: the same projection
 * as {@code tools/geodata/derive.mjs} drew it with (equirectangular, longitude scaled by
 * the cosine of 52.2°, 200 units per degree of latitude from 3.30° E 53.58° N).
 */
final class MapProjection {

	static final int WIDTH = 484;

	static final int HEIGHT = 572;

	private static final double WEST = 3.30;

	private static final double NORTH = 53.58;

	private static final double SCALE = 200;

	private static final double COS = Math.cos(Math.toRadians(52.2));

	private MapProjection() {
	}

	static double x(double longitude) {
		return (longitude - WEST) * COS * SCALE;
	}

	static double y(double latitude) {
		return (NORTH - latitude) * SCALE;
	}

	/** Whether a point lies on the map at all (the European Netherlands and around). */
	static boolean onMap(double latitude, double longitude) {
		double x = x(longitude);
		double y = y(latitude);
		return x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT;
	}

}
