/**
 * What every editable type shares. Today: old addresses keep working
 * ({@link nl.bewonersplein.editorial.Redirects}, a 301 to the current address for every
 * routed type). The editorial issue adds the shared admin edit flow, revisions,
 * scheduling and secret preview links here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Editorial",
		allowedDependencies = { "shared", "site", "admin", "audit", "accounts", "media" })
package nl.bewonersplein.editorial;
