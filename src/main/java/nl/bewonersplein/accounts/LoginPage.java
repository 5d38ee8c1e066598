package nl.bewonersplein.accounts;

/**
 * The login form's state.
 *
 * @param failed whether the last attempt failed
 * @param loggedOut whether the person just logged out
 * @param passwordChosen whether the person just chose a password through a mailed link
 * @param email the address typed in a failed attempt, kept so it need not be typed again
 * @param expired whether a form was posted after the session expired (its text is kept)
 */
public record LoginPage(boolean failed, boolean loggedOut, boolean passwordChosen, String email, boolean expired) {

}
