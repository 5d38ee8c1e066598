package nl.bewonersplein.toolkit;

/**
 * The two print variants: ordinary A4, and large print A4 with a body of at least 16 pt
 * for readers who need bigger letters.
 */
enum PrintSize {

	NORMAL("", 11), LARGE("groot", 16);

	private final String param;

	private final int bodyPoints;

	PrintSize(String param, int bodyPoints) {
		this.param = param;
		this.bodyPoints = bodyPoints;
	}

	/** The value of the {@code letters} query parameter that asks for this variant. */
	String param() {
		return this.param;
	}

	int bodyPoints() {
		return this.bodyPoints;
	}

	/**
	 * {@code letters=groot} asks for large print; anything else gives the ordinary size.
	 */
	static PrintSize of(String letters) {
		return LARGE.param.equals(letters) ? LARGE : NORMAL;
	}

}
