package nl.bewonersplein.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;

/**
 * Structured data (schema.org as JSON-LD) for search engines. Written safely into a
 * {@code <script type="application/ld+json">}: every {@code <}, {@code >} and {@code &}
 * is escaped, so no text can end the script element. Pages put the result in their
 * {@link PageHead}.
 */
public final class JsonLd {

	private JsonLd() {
	}

	public static Map<String, Object> organization(Network network, SiteAddress address) {
		Map<String, Object> organization = object("Organization");
		organization.put("name", network.name());
		organization.put("url", address.base());
		organization.put("logo", address.absolute(network.logo()));
		return organization;
	}

	public static Map<String, Object> breadcrumbs(SiteAddress address, List<Link> crumbs) {
		Map<String, Object> list = object("BreadcrumbList");
		List<Map<String, Object>> items = new java.util.ArrayList<>();
		for (int i = 0; i < crumbs.size(); i++) {
			Map<String, Object> item = object("ListItem");
			item.put("position", i + 1);
			item.put("name", crumbs.get(i).label());
			item.put("item", address.absolute(crumbs.get(i).href()));
			items.add(item);
		}
		list.put("itemListElement", items);
		return list;
	}

	public static Map<String, Object> object(String type) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("@type", type);
		return object;
	}

	/** A graph of the given nodes, as a string ready for the script element. */
	public static String graph(List<Map<String, Object>> nodes) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("@context", "https://schema.org");
		root.put("@graph", nodes);
		StringBuilder out = new StringBuilder();
		write(root, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (entry.getValue() == null) {
					continue;
				}
				if (!first) {
					out.append(',');
				}
				first = false;
				string(String.valueOf(entry.getKey()), out);
				out.append(':');
				write(entry.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			string(value.toString(), out);
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
