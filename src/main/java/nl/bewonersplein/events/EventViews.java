package nl.bewonersplein.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Turns events into what lists and pages show: labels, places left, notes. */
@Component
class EventViews {

	private final EventTexts texts;

	EventViews(EventTexts texts) {
		this.texts = texts;
	}

	EventCard card(Event event, Instant now, Locale locale) {
		return new EventCard(event.title(), EventPaths.event(event.slug()), label(event, locale),
				EventTexts.when(event.startsAt(), event.endsAt(), locale), where(event, locale), event.summary(),
				note(event, now, locale), event.status() == Event.Status.CANCELLED);
	}

	String label(Event event, Locale locale) {
		return event.online() ? this.texts.t("events.online", locale) : this.texts.region(event.region(), locale);
	}

	String where(Event event, Locale locale) {
		return event.online() ? this.texts.t("events.online", locale) : event.town();
	}

	/** A short note for lists: cancelled, full, or nearly full. */
	String note(Event event, Instant now, Locale locale) {
		if (event.status() == Event.Status.CANCELLED) {
			return this.texts.t("events.cancelled.short", locale);
		}
		if (event.past(now)) {
			return (event.report() != null) ? this.texts.t("events.report.short", locale) : "";
		}
		if (event.full()) {
			return this.texts.t("events.full.short", locale);
		}
		Integer left = event.placesLeft();
		if (left != null && left <= 5) {
			return this.texts.t("events.places.few", locale, left);
		}
		return "";
	}

	/** Places left as a sentence. */
	String places(Event event, Locale locale) {
		Integer left = event.placesLeft();
		if (left == null) {
			return this.texts.t("events.places.unlimited", locale);
		}
		if (left == 0) {
			return this.texts.t("events.places.none", locale);
		}
		return (left == 1) ? this.texts.t("events.places.one", locale)
				: this.texts.t("events.places.left", locale, left);
	}

	List<String> access(Event event, Locale locale) {
		List<String> facts = new ArrayList<>();
		if (event.online()) {
			return facts;
		}
		Event.Access access = event.access();
		facts.add(this.texts.t(access.stepFree() ? "events.access.step-free" : "events.access.steps", locale));
		if (access.hearingLoop()) {
			facts.add(this.texts.t("events.access.hearing-loop", locale));
		}
		if (access.seating()) {
			facts.add(this.texts.t("events.access.seating", locale));
		}
		if (access.toilet()) {
			facts.add(this.texts.t("events.access.toilet", locale));
		}
		return facts;
	}

}
