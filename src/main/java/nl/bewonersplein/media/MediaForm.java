package nl.bewonersplein.media;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts of a library file as an editor fills them in (upload and edit form).
 *
 * @param alt the text alternative ({@code alt}): what the image shows, for people who
 * cannot see it
 * @param decoratief ticked when the image adds nothing to the text around it: then it
 * needs no alt text
 * @param bijschrift the caption
 * @param maker who made it (credit line)
 * @param formToken the upload form's one-time token
 * @param version the version the edit form was read at
 */
record MediaForm(String alt, boolean decoratief, String bijschrift, String maker, String formToken, Integer version) {

	static final int ALT_MAX = 300;

	static final int CAPTION_MAX = 300;

	static final int CREDIT_MAX = 200;

	MediaForm {
		alt = clean(alt);
		bijschrift = clean(bijschrift);
		maker = clean(maker);
	}

	/** What is wrong, by field: message keys of {@code media.properties}. */
	Map<String, String> problems(boolean image) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (image && !this.decoratief && this.alt.isEmpty()) {
			problems.put("alt", "media.form.alt.required");
		}
		if (this.alt.length() > ALT_MAX) {
			problems.put("alt", "media.form.alt.too-long");
		}
		if (this.bijschrift.length() > CAPTION_MAX) {
			problems.put("bijschrift", "media.form.caption.too-long");
		}
		if (this.maker.length() > CREDIT_MAX) {
			problems.put("maker", "media.form.credit.too-long");
		}
		return problems;
	}

	/** The alt text stored: none for a decorative image. */
	String storedAlt() {
		return this.decoratief ? "" : this.alt;
	}

	/** Stripped, without control characters (NUL, tabs, line breaks become spaces). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\u200D]]+", " ").replaceAll(" {2,}", " ").strip();
	}

}
