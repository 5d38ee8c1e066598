/**
 * Member initiatives: the directory at {@code /leden} with filters, profiles with a
 * contact form that never shows an e-mail address, a map without third-party requests,
 * "In de buurt van", "Meer van onze leden" under articles and on the home page, the "Lid
 * worden" application, members keeping their own profile (changes wait for an editor),
 * and the editors' side with CSV import and export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Members", allowedDependencies = { "shared", "site",
		"admin", "audit", "search", "media", "content", "mail", "accounts", "editorial" })
package nl.bewonersplein.members;
