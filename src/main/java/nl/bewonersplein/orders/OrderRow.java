package nl.bewonersplein.orders;

import java.time.Instant;
import java.util.List;

/**
 * One order as fulfilment needs it.
 *
 * @param id its id
 * @param number the order number
 * @param createdAt when it was placed
 * @param materialId the material's id
 * @param material the material's name
 * @param unit the material's unit
 * @param quantity units ordered
 * @param status its state
 * @param name the name on the parcel
 * @param initiative the initiative, or null
 * @param street the street
 * @param houseNumber the house number
 * @param addition the addition, or null
 * @param postcode the postcode
 * @param town the town
 * @param email the e-mail address, or null
 * @param phone the phone number, or null
 */
record OrderRow(long id, String number, Instant createdAt, long materialId, String material, String unit, int quantity,
		OrderStatus status, String name, String initiative, String street, String houseNumber, String addition,
		String postcode, String town, String email, String phone) {

	List<String> addressLines() {
		return Addresses.lineList(this.name, this.initiative, this.street, this.houseNumber, this.addition,
				this.postcode, this.town);
	}

}
