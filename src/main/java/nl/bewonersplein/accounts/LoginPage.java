package nl.bewonersplein.accounts;

/**
 * The login form's state.
 *
 * @param failed whether the last attempt failed
 * @param loggedOut whether the person just logged out
 */
public record LoginPage(boolean failed, boolean loggedOut) {

}
