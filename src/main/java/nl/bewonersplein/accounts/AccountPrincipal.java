package nl.bewonersplein.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import nl.bewonersplein.shared.SignedIn;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as Spring Security keeps them in the session: no entity, only the
 * facts that requests need.
 *
 * @param id account id
 * @param username the e-mail address used to log in
 * @param password the password hash, for the check at login only
 * @param displayName the name shown in the admin
 * @param authorities the roles as authorities
 * @param active whether the account may log in
 * @param locked whether it is locked after too many failed logins
 * @param passwordChangeRequired whether the person must choose a new password first
 * @param twoStep whether the person has two-step verification
 */
record AccountPrincipal(long id, String username, String password, String displayName,
		List<SimpleGrantedAuthority> authorities, boolean active, boolean locked, boolean passwordChangeRequired,
		boolean twoStep) implements UserDetails, SignedIn {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public long accountId() {
		return this.id;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

}
