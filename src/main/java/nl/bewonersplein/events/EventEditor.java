package nl.bewonersplein.events;

import java.util.List;
import java.util.Map;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The event edit page, ready to show: what the form holds by field name (checkboxes are
 * {@code "ja"} when ticked), the choices, and the flow's state.
 *
 * @param signUpsHref the event's sign-ups page, or empty for a new event
 * @param past whether the event has ended (then the report is asked for first)
 */
public record EventEditor(String heading, String action, Long id, String publicHref, String signUpsHref, boolean past,
		Map<String, String> values, List<Link> regions, List<Link> themes, FormErrors errors, boolean conflict,
		String previewHtml, Long version, String formToken) {

	/** What the field holds, or empty. */
	public String v(String name) {
		String value = this.values.get(name);
		return (value != null) ? value : "";
	}

	/** Whether the checkbox is ticked. */
	public boolean on(String name) {
		return EventForm.YES.equals(this.values.get(name));
	}

}
