/**
 * Site search: one index of the documents every module offers through
 * {@link nl.bewonersplein.search.SearchSource}, kept in step after every staff change;
 * Dutch analysis, ranking (ADR 0014), facets, suggestions, the header's search box, "more
 * like this" ({@link nl.bewonersplein.search.SimilarDocuments}) for other modules'
 * related blocks, and its admin (synonyms, re-index).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search",
		allowedDependencies = { "shared", "site", "admin", "audit" })
package nl.bewonersplein.search;
