/**
 * Toolkits: collections of articles ordered under themes, read online step by step and
 * printed as a booklet, a theme or a single article (accessible, archivable PDFs). The
 * articles themselves belong to the content module: one body, one place to edit it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Toolkit",
		allowedDependencies = { "shared", "site", "content" })
package nl.bewonersplein.toolkit;
