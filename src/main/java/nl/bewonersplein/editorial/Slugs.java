package nl.bewonersplein.editorial;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The last part of an address, proposed from a title: lower case, accents dropped, every
 * run of other characters one dash ("Café-Buurt" becomes {@code cafe-buurt}), cut at a
 * dash to fit. The editor's script proposes the same while the title is typed
 * ({@code body-editor.js}, tested on the same examples in the browser journey).
 */
public final class Slugs {

	private Slugs() {
	}

	/** The proposal for a title; empty when the title has no letters or digits. */
	public static String propose(String title, int maxLength) {
		if (title == null) {
			return "";
		}
		String plain = Normalizer.normalize(title.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace("ĳ", "ij")
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ø", "o")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() <= maxLength) {
			return plain;
		}
		String cut = plain.substring(0, maxLength);
		int dash = cut.lastIndexOf('-');
		return ((dash > 0) ? cut.substring(0, dash) : cut).replaceAll("-+$", "");
	}

	/** The given address part, or the proposal for the title when it is empty. */
	public static String orProposal(String slug, String title, int maxLength) {
		return (slug == null || slug.isBlank()) ? propose(title, maxLength) : slug.strip();
	}

}
