package nl.bewonersplein.editorial;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a record form into its fields as text and back, for revisions and the conflict
 * page: every {@code String} and {@code List<String>} component except the version and
 * the form token (a list is kept one value per line). Also the stored text format of a
 * snapshot: one {@code name<TAB>value} line per field, with backslash, tab and newline
 * escaped.
 */
final class FormSnapshots {

	private static final Set<String> LEFT_OUT = Set.of("version", "formToken");

	private FormSnapshots() {
	}

	static Map<String, String> of(Editable.Form form) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (!form.getClass().isRecord()) {
			return fields;
		}
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			if (LEFT_OUT.contains(component.getName())) {
				continue;
			}
			Object value = get(component, form);
			if (component.getType() == String.class) {
				fields.put(component.getName(), (value != null) ? ((String) value).replace("\r\n", "\n") : "");
			}
			else if (component.getType() == List.class) {
				List<?> values = (value != null) ? (List<?>) value : List.of();
				fields.put(component.getName(), String.join("\n", values.stream().map(String::valueOf).toList()));
			}
		}
		return fields;
	}

	/**
	 * A form of the same record type as {@code current} with the fields of the snapshot;
	 * what the snapshot lacks, the version and the form token come from {@code current}.
	 */
	@SuppressWarnings("unchecked")
	static <F extends Editable.Form> F restore(Map<String, String> fields, F current) {
		Class<?> type = current.getClass();
		if (!type.isRecord()) {
			return current;
		}
		RecordComponent[] components = type.getRecordComponents();
		Object[] values = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			types[i] = component.getType();
			String stored = LEFT_OUT.contains(component.getName()) ? null : fields.get(component.getName());
			if (stored == null) {
				values[i] = get(component, current);
			}
			else if (component.getType() == String.class) {
				values[i] = stored;
			}
			else if (component.getType() == List.class) {
				values[i] = stored.isEmpty() ? List.of() : List.of(stored.split("\n", -1));
			}
			else {
				values[i] = get(component, current);
			}
		}
		try {
			Constructor<?> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return (F) constructor.newInstance(values);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot restore a " + type.getSimpleName(), ex);
		}
	}

	static String encode(Map<String, String> fields) {
		StringBuilder text = new StringBuilder();
		fields.forEach((name, value) -> text.append(escape(name)).append('\t').append(escape(value)).append('\n'));
		return text.toString();
	}

	static Map<String, String> decode(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int tab = line.indexOf('\t');
			if (tab > 0) {
				fields.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
			}
		}
		return fields;
	}

	/** The names of the fields whose values differ, in the order of {@code after}. */
	static List<String> changed(Map<String, String> before, Map<String, String> after) {
		List<String> names = new ArrayList<>();
		after.forEach((name, value) -> {
			if (!value.equals(before.getOrDefault(name, ""))) {
				names.add(name);
			}
		});
		before.keySet().stream().filter((name) -> !after.containsKey(name)).forEach(names::add);
		return names;
	}

	private static Object get(RecordComponent component, Object record) {
		try {
			var accessor = component.getAccessor();
			accessor.setAccessible(true);
			return accessor.invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName(), ex);
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "").replace("\n", "\\n");
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append((next == 'n') ? '\n' : (next == 't') ? '\t' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
