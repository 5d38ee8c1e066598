package nl.bewonersplein.orders;

import nl.bewonersplein.audit.Audited;

/**
 * A coordinator moved an order on: new, packed, sent or cancelled. Published in the
 * transaction of the change; the audit log records it. Never carries the address.
 *
 * @param orderId the order's id
 * @param number the order's number as the orderer knows it
 * @param from the status it had, e.g. {@code new}
 * @param to the status it has now, e.g. {@code packed}
 */
public record OrderStatusChanged(long orderId, String number, String from, String to) implements Audited {

	@Override
	public String action() {
		return "order.status-changed";
	}

	@Override
	public String subject() {
		return "Bestelling " + this.number;
	}

	@Override
	public String detail() {
		return "status " + this.from + " -> " + this.to;
	}

}
