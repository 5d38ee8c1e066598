package nl.bewonersplein.admin;

import java.util.Map;

/**
 * What an editor asked an admin list for, from the query string: search text ({@code q}),
 * a status ({@code status}), a theme ({@code thema}), the order ({@code volgorde}:
 * {@code gewijzigd}, {@code oudste}, {@code titel}) and the page ({@code pagina}, from
 * 1). Anything missing or unreadable means "no filter" and page 1.
 *
 * @param text the search text, empty for none
 * @param status the status value, empty for all
 * @param theme the theme, empty for all
 * @param sort the order
 * @param page the page, from 1
 */
public record ListQuery(String text, String status, String theme, Sort sort, int page) {

	/** The orders a list can be shown in. */
	public enum Sort {

		/** Last changed first (the default). */
		CHANGED("gewijzigd"),
		/** First changed first. */
		OLDEST("oudste"),
		/** By title, A to Z. */
		TITLE("titel");

		private final String value;

		Sort(String value) {
			this.value = value;
		}

		/** The value in the query string. */
		public String value() {
			return this.value;
		}

		static Sort of(String value) {
			for (Sort sort : values()) {
				if (sort.value.equals(value)) {
					return sort;
				}
			}
			return CHANGED;
		}

	}

	/** The query of a request's parameters. */
	public static ListQuery of(Map<String, String> parameters) {
		int page;
		try {
			page = Math.max(1, Integer.parseInt(parameters.getOrDefault("pagina", "1").trim()));
		}
		catch (NumberFormatException ex) {
			page = 1;
		}
		return new ListQuery(value(parameters, "q"), value(parameters, "status"), value(parameters, "thema"),
				Sort.of(value(parameters, "volgorde")), page);
	}

	private static String value(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		return (value == null) ? "" : value.strip();
	}

}
