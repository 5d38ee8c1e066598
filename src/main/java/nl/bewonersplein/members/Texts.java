package nl.bewonersplein.members;

/**
 * Cleans what people type before it is checked and stored: no NUL or other control
 * characters, no surrounding spaces; line breaks kept where a field has several lines.
 */
final class Texts {

	private Texts() {
	}

	static String clean(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replaceAll("\\s+", " ").strip();
	}

	static String cleanMultiline(String value) {
		if (value == null) {
			return "";
		}
		return value.replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]", "").replace("\r\n", "\n").strip();
	}

	static String nullIfBlank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
