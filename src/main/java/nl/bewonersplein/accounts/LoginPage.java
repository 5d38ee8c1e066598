package nl.bewonersplein.accounts;

/**
 * The login form's state.
 *
 * @param failed whether the last attempt failed
 * @param loggedOut whether the person just logged out
 * @param passwordChosen whether the person just chose a password through a mailed link
 */
public record LoginPage(boolean failed, boolean loggedOut, boolean passwordChosen) {

}
