package nl.bewonersplein.events;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.JsonLd;
import nl.bewonersplein.site.SiteAddress;

/** schema.org {@code Event} for an event's page, with its breadcrumbs. */
final class EventJsonLd {

	private EventJsonLd() {
	}

	static String of(Event event, List<Link> crumbs, SiteAddress address) {
		Map<String, Object> node = JsonLd.object("Event");
		node.put("name", event.title());
		node.put("description", event.summary());
		node.put("url", address.absolute(EventPaths.event(event.slug())));
		node.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.startsAt().atZone(Dates.ZONE)));
		node.put("endDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.endsAt().atZone(Dates.ZONE)));
		node.put("eventStatus", "https://schema.org/"
				+ ((event.status() == Event.Status.CANCELLED) ? "EventCancelled" : "EventScheduled"));
		node.put("eventAttendanceMode",
				"https://schema.org/" + (event.online() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
		if (event.online()) {
			Map<String, Object> location = JsonLd.object("VirtualLocation");
			location.put("url", address.absolute(EventPaths.event(event.slug())));
			node.put("location", location);
		}
		else {
			Map<String, Object> postal = JsonLd.object("PostalAddress");
			postal.put("streetAddress", event.address());
			postal.put("addressLocality", event.town());
			postal.put("addressCountry", "NL");
			Map<String, Object> location = JsonLd.object("Place");
			location.put("name", event.venue());
			location.put("address", postal);
			node.put("location", location);
		}
		Map<String, Object> organizer = JsonLd.object("Person");
		organizer.put("name", event.organiserName());
		organizer.put("telephone", event.organiserPhone());
		node.put("organizer", organizer);
		if (event.price() == null) {
			node.put("isAccessibleForFree", Boolean.TRUE);
		}
		return JsonLd.graph(List.of(node, JsonLd.breadcrumbs(address, crumbs)));
	}

}
