package nl.bewonersplein.events;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.content.Themes;
import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Region;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the event edit page into the model ({@link EventEditor}). */
@Component
class EventEditPage {

	private final Themes themes;

	private final EventTexts texts;

	private final Clock clock;

	EventEditPage(Themes themes, EventTexts texts, Clock clock) {
		this.themes = themes;
		this.texts = texts;
		this.clock = clock;
	}

	String show(Event event, EventForm form, EditState state, Locale locale, Model model) {
		Map<String, String> values = values(form);
		Set<Long> chosen = new HashSet<>(form.themeIds());
		List<Link> regions = java.util.Arrays.stream(Region.values())
			.map((region) -> new Link(this.texts.t(region.labelKey(), locale), region.name(),
					region.name().equals(form.region())))
			.toList();
		List<Link> themeOptions = this.themes.options()
			.stream()
			.map((theme) -> new Link(theme.title(), String.valueOf(theme.id()), chosen.contains(theme.id())))
			.toList();
		boolean past = event != null && event.past(this.clock.instant());
		model.addAttribute("editor", new EventEditor(
				(event == null) ? this.texts.t("events.edit.new", locale)
						: this.texts.t("events.edit.title", locale, event.title()),
				(event == null) ? EventEditing.BASE : EventEditing.BASE + "/" + event.id(),
				(event != null) ? event.id() : null, (event != null) ? EventPaths.event(event.slug()) : "",
				(event != null) ? EventPaths.ADMIN + "/" + event.id() + "/aanmeldingen" : "", past, values, regions,
				themeOptions, state.errors(), state.conflict(), state.preview(), state.version(), state.formToken()));
		return "events/admin/edit";
	}

	/** The form's text fields by name. */
	private static Map<String, String> values(EventForm form) {
		Map<String, String> values = new java.util.HashMap<>();
		for (java.lang.reflect.RecordComponent component : EventForm.class.getRecordComponents()) {
			if (component.getType() == String.class) {
				try {
					Object value = component.getAccessor().invoke(form);
					values.put(component.getName(), (value != null) ? (String) value : "");
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return values;
	}

}
