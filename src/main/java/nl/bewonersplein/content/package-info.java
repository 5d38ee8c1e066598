/**
 * Content that editors write and visitors read: static pages, themes (dossiers) and the
 * funders and partners the site thanks. Owns the body format (CommonMark, sanitised) that
 * other modules reuse through {@link nl.bewonersplein.content.BodyRenderer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Content", allowedDependencies = "shared")
package nl.bewonersplein.content;
