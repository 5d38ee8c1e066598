package nl.bewonersplein.events;

/**
 * An event in a list, ready to show.
 *
 * @param label region or "Online"
 * @param when the date and time written out
 * @param where the town, or "Online"
 * @param note e.g. "Nog 3 plaatsen", "Vol: wachtlijst", "Gaat niet door", or empty
 * @param cancelled whether it is cancelled
 */
public record EventCard(String title, String url, String label, String when, String where, String summary, String note,
		boolean cancelled) {

}
