/**
 * Toolkits: collections of articles ordered under chapters, read online step by step and
 * printed as a booklet, a chapter or a single article (accessible, archivable PDFs). The
 * articles themselves belong to the content module (one body, one place to edit it), and
 * so do the funders and partners a toolkit thanks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolkit",
		allowedDependencies = { "shared", "site", "admin", "audit", "search", "media", "editorial", "content", "mail" })
package nl.bewonersplein.toolkit;
