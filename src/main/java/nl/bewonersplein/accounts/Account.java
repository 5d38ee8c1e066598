package nl.bewonersplein.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import nl.bewonersplein.shared.Role;

/**
 * Someone who can log in: a member of staff or a member initiative. Identified by e-mail
 * address (stored lower case), which is never shown publicly.
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	/**
	 * Comma-separated role names; a person has few roles and they are read with the
	 * account.
	 */
	private String roles;

	private boolean active;

	private boolean passwordChangeRequired;

	private int failedLogins;

	private Instant lockedUntil;

	private String totpSecret;

	private int failedCodes;

	/**
	 * Set after too many wrong two-step codes; unlike {@link #lockedUntil} it binds
	 * everyone.
	 */
	private Instant codeLockedUntil;

	/** The time step of the last accepted authenticator code; a code is used once. */
	private Long lastTotpStep;

	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, Set<Role> roles, Instant createdAt) {
		this.email = normalise(email);
		this.displayName = displayName;
		this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		this.active = true;
		this.createdAt = createdAt;
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Set<Role> getRoles() {
		if (this.roles == null || this.roles.isBlank()) {
			return EnumSet.noneOf(Role.class);
		}
		return java.util.Arrays.stream(this.roles.split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	void setRoles(Set<Role> roles) {
		this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	boolean isActive() {
		return this.active;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	void setPassword(String hash, boolean changeRequired) {
		this.passwordHash = hash;
		this.passwordChangeRequired = changeRequired;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	/**
	 * Whether the account may not log in now: after too many wrong codes, or after too
	 * many wrong passwords unless it has two-step verification (then the password and a
	 * code still let its owner in, so nobody can lock an admin out by typing wrong
	 * passwords for their address).
	 */
	boolean isLocked(Instant now) {
		return isCodeLocked(now) || (!hasTwoStepVerification() && isPasswordLocked(now));
	}

	boolean isPasswordLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	boolean isCodeLocked(Instant now) {
		return this.codeLockedUntil != null && this.codeLockedUntil.isAfter(now);
	}

	/**
	 * Counts a failed login; locks the account until {@code lockUntil} when it is one too
	 * many.
	 */
	boolean loginFailed(int maxFailures, Instant lockUntil) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = lockUntil;
			this.failedLogins = 0;
			return true;
		}
		return false;
	}

	void loginSucceeded() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	void setTotpSecret(String totpSecret) {
		this.totpSecret = totpSecret;
	}

	int getFailedCodes() {
		return this.failedCodes;
	}

	Long getLastTotpStep() {
		return this.lastTotpStep;
	}

	void setLastTotpStep(Long lastTotpStep) {
		this.lastTotpStep = lastTotpStep;
	}

	boolean hasTwoStepVerification() {
		return this.totpSecret != null;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
