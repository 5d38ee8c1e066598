package nl.bewonersplein.orders;

import nl.bewonersplein.audit.Audited;

/**
 * A coordinator changed a material's stock by hand, with a reason (a delivery, damaged
 * copies, a count). Published in the transaction of the change; the audit log records it.
 *
 * @param materialId the material's id
 * @param material the material's name
 * @param before the stock before
 * @param after the stock now
 * @param reason why, as the coordinator typed it
 */
public record StockChanged(long materialId, String material, int before, int after, String reason) implements Audited {

	@Override
	public String action() {
		return "order.stock-changed";
	}

	@Override
	public String subject() {
		return "Materiaal " + this.material;
	}

	@Override
	public String detail() {
		return "voorraad " + this.before + " -> " + this.after + ": " + this.reason;
	}

}
