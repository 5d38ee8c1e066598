package nl.bewonersplein.accounts;

import nl.bewonersplein.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether two-step verification is required for a person: a setting, for admins only. */
@Component
class TwoStepPolicy {

	private final boolean requiredForAdmins;

	TwoStepPolicy(@Value("${bewonersplein.security.two-step-required-for-admins:false}") boolean requiredForAdmins) {
		this.requiredForAdmins = requiredForAdmins;
	}

	boolean requiredFor(AccountPrincipal person) {
		return this.requiredForAdmins
				&& person.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals(Role.ADMIN.authority()));
	}

}
