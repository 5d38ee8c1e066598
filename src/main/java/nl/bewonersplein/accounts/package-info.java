/**
 * Accounts and the security baseline: users with roles, login and logout, password reset,
 * invitations, two-step verification, lockout and rate limits, and the security
 * configuration every other module relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "shared", "site", "admin", "audit", "mail" })
package nl.bewonersplein.accounts;
