package nl.bewonersplein.content;

/** Short excerpts of longer texts, cut at a word. */
final class Excerpts {

	private Excerpts() {
	}

	static String of(String text, int max) {
		if (text == null) {
			return "";
		}
		String plain = text.strip();
		if (plain.length() <= max) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', max - 1);
		return plain.substring(0, (cut > max / 2) ? cut : max - 1).stripTrailing() + "…";
	}

}
