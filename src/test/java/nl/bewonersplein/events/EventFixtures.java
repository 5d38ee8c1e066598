package nl.bewonersplein.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;

/** Events made by tests, each with a unique slug. */
final class EventFixtures {

	private EventFixtures() {
	}

	static Instant local(LocalDateTime time) {
		return time.atZone(Dates.ZONE).toInstant();
	}

	static Event event(String title, Instant start, Instant end, Region region, Integer capacity, Set<Long> themes) {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		boolean online = region == null;
		return new Event(0, slug, title, "Een evenement van een test.", "Een **beschrijving**.", start, end, online,
				online ? "https://meedoen.example/" + slug : null, online ? null : "Buurthuis Test",
				online ? null : "Teststraat 1", online ? null : "Zwolle", region, "Test Organisator", "06 12345678",
				new Event.Access(true, true, false, false), null, capacity, 0, 4, null, null, Event.Status.PUBLISHED,
				null, themes, start, null, null, 0);
	}

}
