package nl.bewonersplein.accounts;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.bewonersplein.site.Layout;

import org.springframework.stereotype.Component;

/**
 * No lost work when a session expires: an admin form that carries the marker field
 * {@value #MARKER} (the body editor's forms) and is posted with a token the session no
 * longer knows is not answered "no access" with the text gone. Its fields are kept in the
 * (new) session and the editor comes back, after logging in again, to the form's page
 * with {@code ?}{@value #PARAMETER}{@code =<key>}, where the edit flow fills the form in
 * from them, once. The post itself is never replayed: the editor saves again, with a
 * fresh token.
 */
@Component
public class KeptForms {

	/** The hidden field that asks for a form to be kept. */
	public static final String MARKER = "_bewaar";

	/** The query parameter naming a kept form. */
	public static final String PARAMETER = "bewaard";

	static final String ATTRIBUTE = KeptForms.class.getName();

	/** A create form posts to its list, an edit form to its own page. */
	private static final Pattern FORM_PATH = Pattern.compile("/admin(/[a-z0-9-]+)+");

	private static final int MAX_CHARS = 400_000;

	private static final int MAX_FORMS = 3;

	private final SecureRandom random = new SecureRandom();

	/** Whether this refused post is one whose fields should be kept. */
	static boolean applies(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getParameter(MARKER) != null
				&& FORM_PATH.matcher(path(request)).matches();
	}

	/**
	 * Keeps the posted fields (not the stale token) and returns the page to come back to,
	 * with the key; null when the form is too large to keep.
	 */
	String keep(HttpServletRequest request) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		int size = 0;
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			if (field.getKey().equals(Layout.CSRF_FIELD) || field.getKey().equals(MARKER)) {
				continue;
			}
			for (String value : field.getValue()) {
				size += field.getKey().length() + value.length();
			}
			fields.put(field.getKey(), field.getValue().clone());
		}
		if (size > MAX_CHARS) {
			return null;
		}
		String path = path(request);
		String page = path.matches(".*/[0-9]+") ? path : path + "/nieuw";
		String key = HexFormat.of().formatHex(bytes());
		HttpSession session = request.getSession(true);
		Map<String, Kept> kept = stored(session);
		while (kept.size() >= MAX_FORMS) {
			kept.remove(kept.keySet().iterator().next());
		}
		kept.put(key, new Kept(page, fields));
		session.setAttribute(ATTRIBUTE, kept);
		return page + "?" + PARAMETER + "=" + key;
	}

	/**
	 * The fields kept for this request's page under the key in its {@value #PARAMETER}
	 * parameter, taken out of the session (so a reload shows the saved state); empty when
	 * there are none.
	 */
	public Optional<Map<String, String[]>> take(HttpServletRequest request) {
		String key = request.getParameter(PARAMETER);
		HttpSession session = request.getSession(false);
		if (key == null || session == null) {
			return Optional.empty();
		}
		Map<String, Kept> kept = stored(session);
		Kept found = kept.get(key);
		if (found == null || !found.page().equals(path(request))) {
			return Optional.empty();
		}
		kept.remove(key);
		session.setAttribute(ATTRIBUTE, kept);
		return Optional.of(found.fields());
	}

	private byte[] bytes() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return bytes;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Kept> stored(HttpSession session) {
		Object value = session.getAttribute(ATTRIBUTE);
		return (value instanceof Map<?, ?> map) ? new LinkedHashMap<>((Map<String, Kept>) map) : new LinkedHashMap<>();
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return uri.substring(context.length());
	}

	/** A kept form: the page it belongs to and its fields. */
	record Kept(String page, Map<String, String[]> fields) implements java.io.Serializable {

		Kept {
			fields = new HashMap<>(fields);
		}

	}

}
