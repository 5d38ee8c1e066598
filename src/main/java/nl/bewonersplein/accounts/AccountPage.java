package nl.bewonersplein.accounts;

/**
 * The "my account" page.
 *
 * @param name display name
 * @param email the address used to log in (shown to its owner only)
 * @param roles the roles, comma separated
 * @param twoStep whether two-step verification is on
 * @param twoStepRequired whether it is required for this person
 */
public record AccountPage(String name, String email, String roles, boolean twoStep, boolean twoStepRequired) {

}
