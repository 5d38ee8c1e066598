package nl.bewonersplein.content;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps old addresses of articles, themes and pages leading to their current one. */
@Component
class SlugRedirects {

	private final SlugRedirectRepository redirects;

	SlugRedirects(SlugRedirectRepository redirects) {
		this.redirects = redirects;
	}

	/** Where an old address now leads, if it is one. */
	@Transactional(readOnly = true)
	Optional<String> target(String path) {
		return this.redirects.findTarget(path);
	}

	/**
	 * Records that a page moved: the old path and every older path that led to it now
	 * lead to the new one. A path that is in use again stops redirecting.
	 */
	@Transactional
	void moved(String oldPath, String newPath, Instant now) {
		if (oldPath.equals(newPath)) {
			return;
		}
		this.redirects.deleteFrom(newPath);
		this.redirects.deleteFrom(oldPath);
		this.redirects.retarget(oldPath, newPath);
		this.redirects.save(new SlugRedirect(oldPath, newPath, now));
	}

	/** A new page took this path: it stops redirecting. */
	@Transactional
	void claimed(String path) {
		this.redirects.deleteFrom(path);
	}

	/** Forgets every redirect to or from a page that is deleted. */
	@Transactional
	void removed(String path) {
		this.redirects.deleteAllFor(path);
	}

}
