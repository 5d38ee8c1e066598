package nl.bewonersplein.editorial;

import java.time.Instant;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Keeps old addresses of every routed type (articles, themes, static pages, and whatever
 * a module adds) leading to their current one. A module calls {@link #moved} when an
 * item's address changes, {@link #claimed} when a new item takes an address and
 * {@link #removed} when it deletes one; its page controller asks {@link #target} before
 * it answers 404.
 */
@Component
public class Redirects {

	private final RedirectRepository redirects;

	Redirects(RedirectRepository redirects) {
		this.redirects = redirects;
	}

	/** Where an old address now leads, if it is one. */
	@Transactional(readOnly = true)
	public Optional<String> target(String path) {
		return this.redirects.findTarget(path);
	}

	/**
	 * Records that a page moved: the old path and every older path that led to it now
	 * lead to the new one. A path that is in use again stops redirecting.
	 */
	@Transactional
	public void moved(String oldPath, String newPath, Instant now) {
		if (oldPath.equals(newPath)) {
			return;
		}
		this.redirects.deleteFrom(newPath);
		this.redirects.deleteFrom(oldPath);
		this.redirects.retarget(oldPath, newPath);
		this.redirects.save(new Redirect(oldPath, newPath, now));
	}

	/** A new page took this path: it stops redirecting. */
	@Transactional
	public void claimed(String path) {
		this.redirects.deleteFrom(path);
	}

	/** Forgets every redirect to or from a page that is deleted. */
	@Transactional
	public void removed(String path) {
		this.redirects.deleteAllFor(path);
	}

	/**
	 * The answer that sends a visitor to {@code path} for good: 301, no model in the URL.
	 */
	public static ModelAndView movedPermanently(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
