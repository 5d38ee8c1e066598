package nl.bewonersplein.shared;

/**
 * The roles people can have on the site. Spring Security sees each as the authority
 * {@code ROLE_<name>}.
 */
public enum Role {

	/** Beheerder: everything, including users and settings. */
	ADMIN,

	/** Redacteur: content, events and members. */
	EDITOR,

	/** Coördinator: orders and event sign-ups. */
	COORDINATOR,

	/** Lid: a member initiative's own profile. */
	MEMBER;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
