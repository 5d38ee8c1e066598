package nl.bewonersplein.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.shared.Role;

/**
 * An invitation of a new user. Roles arrive as text, so that any posted value binds and
 * an unknown one gets a message (422) instead of failing the binding.
 *
 * @param name the person's name as shown in the admin
 * @param email where the invitation goes
 * @param roles the names of the roles to give
 */
record InviteForm(@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String name,
		@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
				message = "{form.email}") String email,
		@Size(max = 10, message = "{users.roles.unknown}") List<String> roles) {

	InviteForm {
		name = (name != null) ? name : "";
		email = (email != null) ? email : "";
		roles = (roles != null) ? roles.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * Whether every posted role is one of ours (checked by the controller: 422 if not).
	 */
	boolean rolesKnown() {
		return this.roles.stream()
			.allMatch((name) -> Arrays.stream(Role.values()).anyMatch((r) -> r.name().equals(name)));
	}

	Set<Role> roleSet() {
		return this.roles.stream()
			.flatMap((name) -> Arrays.stream(Role.values()).filter((r) -> r.name().equals(name)))
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

}
