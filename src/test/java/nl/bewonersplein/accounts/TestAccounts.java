package nl.bewonersplein.accounts;

import java.util.Arrays;

import nl.bewonersplein.shared.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Logged-in people for MockMvc tests of any module: a principal like the one a real login
 * puts in the session, with the given roles.
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** An authentication for a person with these roles (id derived from the roles). */
	public static Authentication as(Role... roles) {
		long id = 900_000 + Arrays.stream(roles).mapToInt((role) -> 1 << role.ordinal()).sum();
		return as(id, "Test " + Arrays.toString(roles), roles);
	}

	/**
	 * An authentication for a particular person: two editors at once, or a member whose
	 * initiative is linked to this account id. The id need not exist as an account.
	 */
	public static Authentication as(long accountId, String displayName, Role... roles) {
		AccountPrincipal principal = new AccountPrincipal(accountId, "test-" + accountId + "@example.org", "",
				displayName, Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority(role.authority())).toList(),
				true, false, false, false);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	/** The MockMvc request post-processor that logs in as a person with these roles. */
	public static RequestPostProcessor loggedInAs(Role... roles) {
		return authentication(as(roles));
	}

	/** The MockMvc request post-processor that logs in as this particular person. */
	public static RequestPostProcessor loggedInAs(long accountId, String displayName, Role... roles) {
		return authentication(as(accountId, displayName, roles));
	}

}
