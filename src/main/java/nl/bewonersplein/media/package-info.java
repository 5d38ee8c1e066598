/**
 * Media: the body format every text uses ({@link nl.bewonersplein.media.BodyRenderer}:
 * CommonMark with tables, sanitised, with click-to-load video) and the video players it
 * may embed, whose hosts it hands the site's Content-Security-Policy; and the media
 * library: checked uploads, responsive images, documents, where they are used
 * ({@link nl.bewonersplein.media.MediaUsage}), and the demo's illustrations drawn by our
 * own code ({@link nl.bewonersplein.media.Illustrations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media",
		allowedDependencies = { "shared", "site", "admin", "audit" })
package nl.bewonersplein.media;
