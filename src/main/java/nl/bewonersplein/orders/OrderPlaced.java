package nl.bewonersplein.orders;

/**
 * An order was placed and its stock taken.
 *
 * @param orderId the order's id
 * @param materialId the material's id
 * @param quantity units taken
 */
public record OrderPlaced(long orderId, long materialId, int quantity) {

}
