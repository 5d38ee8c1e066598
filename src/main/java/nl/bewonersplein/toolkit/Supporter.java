package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;

/**
 * A funder or partner as a toolkit names it: one line of the editor's list, the name
 * optionally followed by its web address.
 *
 * @param name the organisation's name
 * @param url its website, or empty
 */
record Supporter(String name, String url) {

	static List<Supporter> parse(String lines) {
		List<Supporter> list = new ArrayList<>();
		if (lines == null) {
			return list;
		}
		for (String line : lines.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int space = trimmed.lastIndexOf(' ');
			String last = (space > 0) ? trimmed.substring(space + 1) : "";
			if (last.startsWith("https://") || last.startsWith("http://")) {
				list.add(new Supporter(trimmed.substring(0, space).strip(), last));
			}
			else {
				list.add(new Supporter(trimmed, ""));
			}
		}
		return list;
	}

}
