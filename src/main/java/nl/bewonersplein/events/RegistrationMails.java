package nl.bewonersplein.events;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about a sign-up, queued in the outbox inside the caller's transaction: the
 * confirmation (or waitlist notice) with the personal link, and the notice that a place
 * came free. The mails that promise a place carry the event as an {@code .ics}
 * attachment, so that it goes into the calendar in one tap.
 */
@Component
class RegistrationMails {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Outbox outbox;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	private final EventCalendars calendars;

	RegistrationMails(Outbox outbox, MessageSource messages, Network network, SiteAddress address,
			EventCalendars calendars) {
		this.address = address;
		this.calendars = calendars;
		this.outbox = outbox;
		this.messages = messages;
		this.network = network;
	}

	void registered(Event event, String name, String email, int people, Registration.Status status, String token) {
		String key = (status == Registration.Status.CONFIRMED) ? "events.mail.confirmed" : "events.mail.waitlist";
		String text = text(key + ".text", name, event.title(), EventTexts.when(event.startsAt(), event.endsAt(), DUTCH),
				where(event), people, event.organiserName(), event.organiserPhone(), this.network.name());
		OutgoingMail mail = OutgoingMail.text(email, text(key + ".subject", event.title()), text,
				text("events.mail.link"), link(token));
		this.outbox.queue((status == Registration.Status.CONFIRMED) ? mail.with(calendar(event)) : mail);
	}

	void promoted(Event event, Registration registration) {
		String text = text("events.mail.promoted.text", registration.name(), event.title(),
				EventTexts.when(event.startsAt(), event.endsAt(), DUTCH), where(event), registration.people(),
				event.organiserName(), event.organiserPhone(), this.network.name());
		this.outbox.queue(OutgoingMail
			.text(registration.email(), text("events.mail.promoted.subject", event.title()), text, null, null)
			.with(calendar(event)));
	}

	void reminder(Event event, Registration registration) {
		String text = text("events.mail.reminder.text", registration.name(), event.title(),
				EventTexts.when(event.startsAt(), event.endsAt(), DUTCH), where(event), registration.people(),
				event.organiserName(), event.organiserPhone(), this.network.name());
		this.outbox.queue(OutgoingMail.text(registration.email(), text("events.mail.reminder.subject", event.title()),
				text, null, null));
	}

	private OutgoingMail.Attachment calendar(Event event) {
		return new OutgoingMail.Attachment(event.slug() + ".ics", "text/calendar; charset=UTF-8; method=PUBLISH",
				this.calendars.calendar(List.of(event), event.title()).getBytes(StandardCharsets.UTF_8));
	}

	private String where(Event event) {
		if (event.online()) {
			return text("events.mail.online", (event.onlineUrl() != null) ? event.onlineUrl() : "");
		}
		return event.venue() + ", " + event.address() + ", " + event.town();
	}

	private String link(String token) {
		return this.address.absolute(EventPaths.registration(token));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
