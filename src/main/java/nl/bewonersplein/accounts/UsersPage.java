package nl.bewonersplein.accounts;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/**
 * The user management pages.
 *
 * @param users everyone with an account
 * @param user the one user being edited, or null
 * @param form the invitation form's values
 * @param roleOptions every role, for checkboxes
 * @param errors messages per field
 */
public record UsersPage(List<User> users, User user, Form form, List<RoleOption> roleOptions, FormErrors errors) {

	/**
	 * A user as the admin shows them. E-mail addresses are shown to admins only.
	 *
	 * @param id account id
	 * @param name display name
	 * @param email login address
	 * @param roles role labels, comma separated
	 * @param active whether the account may log in
	 * @param invited whether the person has not chosen a password yet
	 * @param twoStep whether two-step verification is on
	 * @param self whether this is the admin looking at the page
	 */
	public record User(long id, String name, String email, String roles, boolean active, boolean invited,
			boolean twoStep, boolean self) {

	}

	/**
	 * A role checkbox.
	 *
	 * @param value the role's name
	 * @param label its label
	 * @param checked whether it is ticked
	 */
	public record RoleOption(String value, String label, boolean checked) {

	}

	/**
	 * Values typed into the invitation form.
	 *
	 * @param name the name
	 * @param email the address
	 */
	public record Form(String name, String email) {

	}

}
