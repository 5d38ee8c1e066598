package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The agenda: upcoming (or past) events with filters as plain links.
 *
 * @param title the page heading
 * @param past whether this lists past events
 * @param filters the filter groups, each a list of links
 * @param cards the events shown
 * @param otherList link to the past events (or back to the upcoming ones)
 * @param clear link that removes all filters, or null when none is chosen
 * @param feed path of the calendar feed for this selection, or empty
 */
public record AgendaPage(String title, boolean past, List<FilterGroup> filters, List<EventCard> cards, Link otherList,
		Link clear, List<Link> crumbs, String feed) {

	/** How many filter values are chosen (shown on the folded filter panel). */
	public long activeFilters() {
		return this.filters.stream().flatMap((group) -> group.options().stream()).filter(Option::selected).count();
	}

	/** One filter: its heading and the values to choose. */
	public record FilterGroup(String id, String label, List<Option> options) {

	}

	/** One value of a filter, as a link that selects it (or drops it when selected). */
	public record Option(String label, String href, boolean selected) {

	}

}
