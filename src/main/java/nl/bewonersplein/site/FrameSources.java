package nl.bewonersplein.site;

import java.util.List;

/**
 * Origins a page may frame, for the {@code frame-src} of the site's
 * Content-Security-Policy. A module that embeds players (videos, maps) declares a bean;
 * without any, nothing may be framed.
 */
@FunctionalInterface
public interface FrameSources {

	/** Origins such as {@code https://player.vimeo.com}; read once at start-up. */
	List<String> frameSources();

}
