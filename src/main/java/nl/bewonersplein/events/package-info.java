/**
 * Events: the agenda at {@code /agenda} with filters by region, theme, month and
 * online/on-site, event pages with structured data, sign-up without an account (name and
 * e-mail or phone), capacity counted in people with a waitlist that is promoted
 * automatically, and a personal link to view or cancel a sign-up. Related events appear
 * under articles and on the home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events", allowedDependencies = { "shared", "site",
		"admin", "audit", "search", "media", "editorial", "content", "mail", "accounts" })
package nl.bewonersplein.events;
