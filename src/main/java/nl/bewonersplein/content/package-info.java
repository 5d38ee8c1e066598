/**
 * Content that editors write and visitors read: articles (news, explainers, positions,
 * stories, knowledge), static pages, themes (dossiers) and the funders and partners
 * ({@link nl.bewonersplein.content.Supporters}) the site thanks; related-content blocks
 * other modules plug into ({@link nl.bewonersplein.content.RelatedContentSource}); news
 * feeds. Other modules read articles through {@link nl.bewonersplein.content.Articles}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content",
		allowedDependencies = { "shared", "site", "admin", "audit", "search", "media", "editorial" })
package nl.bewonersplein.content;
