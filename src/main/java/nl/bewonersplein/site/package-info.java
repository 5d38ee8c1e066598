/**
 * The site shell and the contracts pages plug into: the layout around every page
 * ({@link nl.bewonersplein.site.Layout}: header, main menu, footer, language switch), the
 * home page, error pages, HTTP headers and caching, the web configuration, demo loading
 * ({@link nl.bewonersplein.site.DemoContent}) and findability (sitemap, robots, the
 * head's metadata and JSON-LD).
 * <p>
 * It sits at the bottom of the module map and depends on no feature module: modules show
 * up by declaring beans of its contracts: {@link nl.bewonersplein.site.HomeSection},
 * {@link nl.bewonersplein.site.FooterLinks}, {@link nl.bewonersplein.site.FrameSources},
 * {@link nl.bewonersplein.site.SitemapContributor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = "shared")
package nl.bewonersplein.site;
