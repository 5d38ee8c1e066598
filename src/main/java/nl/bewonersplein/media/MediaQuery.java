package nl.bewonersplein.media;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What an editor looks for in the library, read from the list's query parameters:
 * {@code q} (words in the file name, alt text, caption or credit), {@code soort}
 * ({@code afbeelding}, {@code document}), {@code gebruik} ({@code in-gebruik},
 * {@code ongebruikt}) and {@code volgorde} ({@code nieuw}, {@code oud}, {@code naam}).
 * Unknown values mean "all" and the default order; over-long text is cut.
 *
 * @param text the search words, stripped, at most 100 characters
 * @param kind {@code IMAGE}, {@code DOCUMENT} or null for both
 * @param use whether used, unused or null for both
 * @param sort the order
 */
record MediaQuery(String text, String kind, Use use, Sort sort) {

	static MediaQuery of(String q, String soort, String gebruik, String volgorde) {
		String text = (q == null) ? "" : q.replace("\u0000", "").strip();
		if (text.length() > 100) {
			text = text.substring(0, 100);
		}
		String kind = "afbeelding".equals(soort) ? "IMAGE" : "document".equals(soort) ? "DOCUMENT" : null;
		Use use = "in-gebruik".equals(gebruik) ? Use.USED : "ongebruikt".equals(gebruik) ? Use.UNUSED : null;
		Sort sort = "oud".equals(volgorde) ? Sort.OLDEST : "naam".equals(volgorde) ? Sort.NAME : Sort.NEWEST;
		return new MediaQuery(text, kind, use, sort);
	}

	/** Only images, for the picker. */
	static MediaQuery images(String q) {
		return of(q, "afbeelding", null, null);
	}

	String soort() {
		return "IMAGE".equals(this.kind) ? "afbeelding" : "DOCUMENT".equals(this.kind) ? "document" : "";
	}

	String gebruik() {
		return (this.use == Use.USED) ? "in-gebruik" : (this.use == Use.UNUSED) ? "ongebruikt" : "";
	}

	/**
	 * The query string for links that keep the filters (paging), starting with ? or &.
	 */
	String queryString(char first) {
		StringBuilder out = new StringBuilder();
		append(out, "q", this.text);
		append(out, "soort", soort());
		append(out, "gebruik", gebruik());
		append(out, "volgorde", this.sort.param());
		return (out.length() == 0) ? "" : first + out.substring(1);
	}

	private static void append(StringBuilder out, String name, String value) {
		if (!value.isEmpty()) {
			out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	enum Use {

		USED, UNUSED

	}

	enum Sort {

		NEWEST("nieuw", "created_at desc, id desc"), OLDEST("oud", "created_at, id"),
		NAME("naam", "lower(original_name), id");

		private final String param;

		private final String orderBy;

		Sort(String param, String orderBy) {
			this.param = param;
			this.orderBy = orderBy;
		}

		String param() {
			return (this == NEWEST) ? "" : this.param;
		}

		String value() {
			return this.param;
		}

		String orderBy() {
			return this.orderBy;
		}

	}

}
