package nl.bewonersplein.orders;

import nl.bewonersplein.audit.Audited;

/**
 * A coordinator opened a material for ordering or closed it. Published in the transaction
 * of the change; the audit log records it.
 *
 * @param materialId the material's id
 * @param material the material's name
 * @param open whether it can be ordered now
 */
public record MaterialOrderingChanged(long materialId, String material, boolean open) implements Audited {

	@Override
	public String action() {
		return this.open ? "order.material-opened" : "order.material-closed";
	}

	@Override
	public String subject() {
		return "Materiaal " + this.material;
	}

}
