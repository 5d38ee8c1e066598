package nl.bewonersplein.orders;

/** Thrown inside an order's transaction when the stock is not enough: "op = op". */
class SoldOut extends RuntimeException {

	SoldOut() {
		super("Not enough stock", null, false, false);
	}

}
