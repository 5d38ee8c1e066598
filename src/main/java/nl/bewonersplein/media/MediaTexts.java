package nl.bewonersplein.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The library's texts from {@code media.properties}, for its controllers. */
@Component
class MediaTexts {

	private final MessageSource messages;

	MediaTexts(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** Form messages from message keys by field. */
	FormErrors errors(Map<String, String> keys, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		keys.forEach((field, key) -> fields.put(field, t(key, locale)));
		return new FormErrors(fields, List.of());
	}

	FormErrors refused(String field, UploadRefused refused, Locale locale) {
		return new FormErrors(Map.of(field, t(refused.key(), locale, refused.args())), List.of());
	}

	/** A size in bytes as people read it: "340 kB", "2,4 MB". */
	static String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0)).replace('.', ',');
	}

}
