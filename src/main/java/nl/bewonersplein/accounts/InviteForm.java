package nl.bewonersplein.accounts;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.shared.Role;

/**
 * An invitation of a new user.
 *
 * @param name the person's name as shown in the admin
 * @param email where the invitation goes
 * @param roles the roles to give
 */
record InviteForm(@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.email}") String email,
		List<Role> roles) {

	InviteForm {
		name = (name != null) ? name : "";
		email = (email != null) ? email : "";
		roles = (roles != null) ? roles : List.of();
	}

	Set<Role> roleSet() {
		return this.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

}
