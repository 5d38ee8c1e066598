package nl.bewonersplein.orders;

import nl.bewonersplein.audit.Audited;

/**
 * A coordinator downloaded orders: address labels, a packing list, a CSV or the counts.
 * Recorded by the audit log, because most of these hold addresses.
 *
 * @param what the download, e.g. {@code Paklijst}
 * @param count how many orders it holds
 */
public record OrdersExported(String what, int count) implements Audited {

	@Override
	public String action() {
		return "order.exported";
	}

	@Override
	public String subject() {
		return this.what;
	}

	@Override
	public String detail() {
		return this.count + " bestellingen";
	}

}
