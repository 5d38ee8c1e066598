package nl.bewonersplein.site;

import java.util.Optional;

/**
 * What a module knows about an address nothing on the site answers (404): that it moved
 * (the visitor is sent on with a permanent redirect, 301) or that its page was deleted
 * for good (410 with a Dutch page). The error pages ask every such bean before they
 * answer 404 to a GET; this is how old addresses of every routed type, and of an older
 * site, keep working.
 */
public interface MissingPages {

	/** What to answer for {@code path}, if this bean knows it. */
	Optional<Answer> answer(String path);

	/** The answer for a missing address. */
	sealed interface Answer {

	}

	/**
	 * The page moved.
	 *
	 * @param location where it is now: a path on this site or an https address
	 */
	record MovedTo(String location) implements Answer {

	}

	/** The page was deleted for good. */
	record Gone() implements Answer {

	}

}
