package nl.bewonersplein.orders;

/** Where an order is in fulfilment: new → packed → sent, or cancelled. */
enum OrderStatus {

	NEW, PACKED, SENT, CANCELLED;

	String labelKey() {
		return "orders.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Whether an order in this state may move to {@code next}. */
	boolean canBecome(OrderStatus next) {
		return switch (this) {
			case NEW -> next == PACKED || next == SENT || next == CANCELLED;
			case PACKED -> next == SENT || next == CANCELLED || next == NEW;
			case SENT, CANCELLED -> false;
		};
	}

}
