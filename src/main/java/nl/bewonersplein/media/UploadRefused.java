package nl.bewonersplein.media;

/**
 * An upload the library does not take, with the message key (in {@code media.properties})
 * and arguments of the reason shown next to the file field.
 */
class UploadRefused extends RuntimeException {

	private final String key;

	private final transient Object[] args;

	UploadRefused(String key, Object... args) {
		super(key, null, false, false);
		this.key = key;
		this.args = args;
	}

	String key() {
		return this.key;
	}

	Object[] args() {
		return this.args;
	}

}
