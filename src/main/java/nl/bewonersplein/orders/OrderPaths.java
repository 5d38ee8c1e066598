package nl.bewonersplein.orders;

/** The orders module's addresses, in one place. */
final class OrderPaths {

	static final String ORDER = "/bestellen";

	static final String ADMIN = "/admin/bestellingen";

	private OrderPaths() {
	}

	static String material(String slug) {
		return ORDER + "/" + slug;
	}

	static String confirmation(String key) {
		return ORDER + "/bevestiging/" + key;
	}

}
