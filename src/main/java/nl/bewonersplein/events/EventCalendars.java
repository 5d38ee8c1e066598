package nl.bewonersplein.events;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * Events as iCalendar (RFC 5545) with ical4j: one event's {@code .ics} file and the
 * subscribable feeds. Times carry {@code TZID=Europe/Amsterdam} with its
 * {@code VTIMEZONE}, so calendars show the Dutch local time on both sides of a
 * daylight-saving change; cancelled events stay in with {@code STATUS:CANCELLED}, so
 * subscribed calendars learn of it.
 */
@Component
class EventCalendars {

	private final Network network;

	private final SiteAddress address;

	EventCalendars(Network network, SiteAddress address) {
		this.address = address;
		this.network = network;
	}

	/** A calendar with the given events, named {@code name} for subscribers. */
	String calendar(List<Event> events, String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//" + this.network.name() + "//Agenda//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", Dates.ZONE.getId()));
		calendar.add(Amsterdam.ZONE);
		for (Event event : events) {
			calendar.add(vevent(event));
		}
		return calendar.toString();
	}

	/**
	 * Europe/Amsterdam with the EU rules in force since 1996. ical4j's own zone data
	 * files Amsterdam under Europe/Brussels (a tzdata link), which would leave
	 * {@code TZID=Europe/Amsterdam} without a matching {@code VTIMEZONE}. Built on the
	 * first calendar, not when the app starts: parsing it loads some 300 classes of
	 * ical4j that a site without calendar downloads never needs.
	 */
	private static final class Amsterdam {

		static final VTimeZone ZONE = amsterdam();

	}

	private static VTimeZone amsterdam() {
		String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bewonersplein//Zones//NL",
				"BEGIN:VTIMEZONE", "TZID:Europe/Amsterdam", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
				"TZNAME:CEST", "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
				"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
				"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "END:VCALENDAR", "");
		try {
			return new CalendarBuilder().build(new StringReader(ics))
				.<VTimeZone>getComponent("VTIMEZONE")
				.orElseThrow();
		}
		catch (IOException | ParserException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private VEvent vevent(Event event) {
		String url = this.address.absolute(EventPaths.event(event.slug()));
		VEvent vevent = new VEvent(event.startsAt().atZone(Dates.ZONE), event.endsAt().atZone(Dates.ZONE),
				event.title());
		vevent.add(new Uid("event-" + event.id() + "@" + this.address.host()));
		Instant changed = (event.updatedAt() != null) ? event.updatedAt() : event.startsAt();
		vevent.add(new DtStamp(changed));
		vevent.add(new LastModified(changed));
		vevent.add(new Url(URI.create(url)));
		vevent.add(
				new Location(event.online() ? "Online" : event.venue() + ", " + event.address() + ", " + event.town()));
		vevent.add(new Description(event.summary() + "\n\n" + url));
		vevent.add((event.status() == Event.Status.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		return vevent;
	}

}
