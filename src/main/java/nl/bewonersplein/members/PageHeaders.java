package nl.bewonersplein.members;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Loosens the site's protective headers for one response only, where a page needs it: the
 * map's tiles from the tile server, the browser's location on "In de buurt van". The site
 * module sets the strict headers before any controller runs.
 */
final class PageHeaders {

	static final String CSP = "Content-Security-Policy";

	static final String PERMISSIONS = "Permissions-Policy";

	private PageHeaders() {
	}

	/** Allows images (map tiles) from {@code origin} on this response. */
	static void allowImagesFrom(HttpServletResponse response, String origin) {
		String policy = response.getHeader(CSP);
		if (policy != null && !policy.contains(origin)) {
			response.setHeader(CSP, policy.replaceFirst("img-src ", "img-src " + origin + " "));
		}
	}

	/**
	 * Lets this page ask for the browser's location (the browser still asks the visitor).
	 */
	static void allowGeolocation(HttpServletResponse response) {
		String policy = response.getHeader(PERMISSIONS);
		if (policy != null) {
			response.setHeader(PERMISSIONS, policy.replace("geolocation=()", "geolocation=(self)"));
		}
	}

}
