/**
 * The site shell: the layout around every page (header, menu, footer, language switch),
 * the home page, error pages, HTTP headers and caching, and the web configuration. Shows
 * what the content modules offer; they do not know about it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = { "shared", "content" })
package nl.bewonersplein.site;
