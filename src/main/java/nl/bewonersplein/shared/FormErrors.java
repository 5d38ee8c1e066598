package nl.bewonersplein.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The validation messages of a submitted form by field name, for templates that show each
 * message next to its field. Messages come from the constraint annotations (use keys such
 * as {@code message = "{form.required}"}, resolved from the message bundles).
 *
 * @param fields field name to message; only the first message per field
 * @param global messages not about one field
 */
public record FormErrors(Map<String, String> fields, java.util.List<String> global) {

	/** No errors: a form shown for the first time. */
	public static final FormErrors NONE = new FormErrors(Map.of(), java.util.List.of());

	/**
	 * The errors of {@code result} in the visitor's language. Binding failures (text in a
	 * number field) use the bundle key {@code typeMismatch}.
	 */
	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		return new FormErrors(fields,
				result.getGlobalErrors().stream().map((error) -> messages.getMessage(error, locale)).toList());
	}

	public boolean any() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	/** The message for a field, or null. */
	public String of(String field) {
		return this.fields.get(field);
	}

}
