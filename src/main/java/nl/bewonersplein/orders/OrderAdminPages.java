package nl.bewonersplein.orders;

import java.util.List;

/** The view records of the fulfilment pages in {@code /admin/bestellingen}. */
public final class OrderAdminPages {

	private OrderAdminPages() {
	}

	/**
	 * The order list.
	 *
	 * @param rows the orders shown
	 * @param statuses the state filter's options
	 * @param materials the material filter's options
	 * @param text the search term
	 * @param query the current filter as a query string, for the exports
	 * @param total how many orders match
	 * @param capped whether more match than are shown
	 */
	public record ListPage(List<Row> rows, List<Option> statuses, List<Option> materials, String text, String query,
			int total, boolean capped) {

	}

	/**
	 * An option of a filter.
	 *
	 * @param value the value sent
	 * @param label what it says
	 * @param selected whether it is chosen
	 */
	public record Option(String value, String label, boolean selected) {

	}

	/**
	 * An order in the list.
	 *
	 * @param id its id
	 * @param number its number
	 * @param date when it was placed
	 * @param material what and how many
	 * @param name who it goes to
	 * @param address the address in one line
	 * @param status its state, readable
	 */
	public record Row(long id, String number, String date, String material, String name, String address,
			String status) {

	}

	/**
	 * The materials and their stock.
	 *
	 * @param materials each material
	 * @param changes the latest stock changes by hand
	 */
	public record MaterialsPage(List<MaterialRow> materials, List<ChangeRow> changes) {

	}

	/**
	 * A material with its stock.
	 *
	 * @param id its id
	 * @param name its name
	 * @param stock units in stock
	 * @param open whether it can be ordered
	 * @param waiting how many people wait for "houd me op de hoogte"
	 * @param stockAction where the stock form posts
	 * @param openAction where the open/closed form posts
	 */
	public record MaterialRow(long id, String name, int stock, boolean open, int waiting, String stockAction,
			String openAction) {

	}

	/**
	 * A stock change by hand.
	 *
	 * @param date when
	 * @param material which material
	 * @param delta by how much, with its sign
	 * @param reason why
	 * @param by who
	 */
	public record ChangeRow(String date, String material, String delta, String reason, String by) {

	}

	/**
	 * A material in the list of {@code /admin/materialen}.
	 *
	 * @param name its name
	 * @param edit its edit page
	 * @param view its public page
	 * @param stock units in stock
	 * @param open whether it can be ordered
	 */
	public record EditRow(String name, String edit, String view, int stock, boolean open) {

	}

	/**
	 * The counts page.
	 *
	 * @param materials units per material
	 * @param regions units per region
	 * @param months units per month (yyyy-mm)
	 * @param orders orders counted in all
	 * @param units units counted in all
	 * @param csv where the counts are downloaded as CSV
	 */
	public record ReportPage(List<CountRow> materials, List<CountRow> regions, List<CountRow> months, int orders,
			int units, String csv) {

	}

	/**
	 * A line of counts.
	 *
	 * @param label what is counted
	 * @param orders how many orders
	 * @param units how many units they hold
	 */
	public record CountRow(String label, int orders, int units) {

	}

}
