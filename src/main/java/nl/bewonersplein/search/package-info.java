/**
 * Site search over everything the content modules index. Defines the Dutch analyzer they
 * index with and the contract every indexed type follows: the fields {@code title},
 * {@code summary}, {@code body} (full text) and {@code url}, {@code kind} (projectable
 * keywords).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "site", "admin", "audit" })
package nl.bewonersplein.search;
