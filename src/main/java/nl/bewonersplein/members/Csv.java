package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CSV as spreadsheets make it (RFC 4180): fields separated by a
 * semicolon or a comma (whichever the header uses), quoted when they hold one, with
 * doubled quotes inside quotes and line breaks allowed there.
 */
final class Csv {

	private Csv() {
	}

	/** The rows of the text, each a list of fields; a BOM at the start is skipped. */
	static List<List<String>> parse(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int firstLine = csv.indexOf('\n');
		String header = (firstLine < 0) ? csv : csv.substring(0, firstLine);
		char separator = (count(header, ';') >= count(header, ',')) ? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (!field.isEmpty() || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		rows.removeIf((r) -> r.stream().allMatch(String::isBlank));
		return rows;
	}

	/** One line of CSV with a semicolon between fields, ending in CRLF. */
	static String line(List<String> fields) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(';');
			}
			String value = (fields.get(i) != null) ? fields.get(i) : "";
			// A leading =, +, - or @ would make a spreadsheet run it as a formula.
			if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
					|| value.contains(",")) {
				line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
			else {
				line.append(value);
			}
		}
		return line.append("\r\n").toString();
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter((ch) -> ch == c).count();
	}

}
