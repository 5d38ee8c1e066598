package nl.bewonersplein.editorial;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import nl.bewonersplein.accounts.KeptForms;
import nl.bewonersplein.admin.AdminShell;

import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Brings back a form whose save was refused because the session had expired
 * ({@link KeptForms}): the edit flow opens the form filled in with what was typed, bound
 * the way a post is bound, and says so; the editor checks it and saves again.
 */
@Component
class KeptFormRefill {

	static final String NOTICE = "writing.kept";

	private final KeptForms kept;

	KeptFormRefill(KeptForms kept) {
		this.kept = kept;
	}

	/** The kept form for this page, of the same type as {@code like}, if there is one. */
	@SuppressWarnings("unchecked")
	<F> Optional<F> refill(F like, Model model) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		HttpServletRequest request = attributes.getRequest();
		Optional<Map<String, String[]>> fields = this.kept.take(request);
		if (fields.isEmpty()) {
			return Optional.empty();
		}
		ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(like.getClass()));
		binder.construct(new Fields(request, fields.get()));
		Object form = binder.getTarget();
		if (form == null || !like.getClass().isInstance(form)) {
			return Optional.empty();
		}
		if (model.getAttribute("shell") instanceof AdminShell shell) {
			model.addAttribute("shell", new AdminShell(shell.menu(), shell.userName(), NOTICE));
		}
		return Optional.of((F) form);
	}

	/** The request with the kept fields as its parameters (NUL bytes dropped). */
	private static final class Fields extends HttpServletRequestWrapper {

		private final Map<String, String[]> fields = new HashMap<>();

		Fields(HttpServletRequest request, Map<String, String[]> fields) {
			super(request);
			fields.forEach((name, values) -> {
				String[] clean = values.clone();
				for (int i = 0; i < clean.length; i++) {
					clean[i] = clean[i].replace("\0", "");
				}
				this.fields.put(name, clean);
			});
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.fields.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(this.fields);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.fields.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.fields.get(name);
		}

	}

}
