/**
 * Material orders: postcards, posters and the printed toolkit that residents and
 * initiatives order without an account at {@code /bestellen}, with stock that is never
 * oversold, and the coordinators' fulfilment at {@code /admin/bestellingen} (packing
 * list, address labels, CSV, "sent" mail). Addresses are erased a set period after
 * sending; counts stay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders", allowedDependencies = { "shared", "site",
		"admin", "audit", "search", "mail", "accounts", "media", "editorial" })
package nl.bewonersplein.orders;
