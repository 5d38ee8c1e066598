package nl.bewonersplein.orders;

/**
 * Thrown inside an order's transaction when the address has placed as many orders for the
 * material as {@link OrderSettings#addressLimit()} allows within the period.
 */
class AddressLimitReached extends RuntimeException {

	AddressLimitReached() {
		super("Address limit reached", null, false, false);
	}

}
