/**
 * Media: the body format every text uses ({@link nl.bewonersplein.media.BodyRenderer}:
 * CommonMark with tables, sanitised, with click-to-load video) and the video players it
 * may embed, whose hosts it hands the site's Content-Security-Policy. The media library
 * (uploads, images) lands here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media",
		allowedDependencies = { "shared", "site", "admin", "audit" })
package nl.bewonersplein.media;
