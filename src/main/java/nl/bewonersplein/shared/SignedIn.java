package nl.bewonersplein.shared;

/**
 * The logged-in person as other modules may know them: the principal of every
 * authenticated request implements this.
 */
public interface SignedIn {

	/** The account's id. */
	long accountId();

	/** The name shown in the admin and the audit log. */
	String displayName();

}
