package nl.bewonersplein.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.site.MissingPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Keeps old addresses of every routed type (articles, themes, static pages, toolkits, and
 * whatever a module adds) and of an older site leading to their current one. A module
 * calls {@link #moved} when an item's address changes, {@link #claimed} when a new item
 * takes an address, {@link #gone} when it deletes a published page (410 from then on) and
 * {@link #removed} when it deletes one that was never public. Any GET that would answer
 * 404 asks here first ({@link MissingPages}), so a page controller need not; it may still
 * ask {@link #target}. Every visit of an old address is counted.
 */
@Component
public class Redirects implements MissingPages {

	private final RedirectRepository redirects;

	private final Clock clock;

	Redirects(RedirectRepository redirects, Clock clock) {
		this.redirects = redirects;
		this.clock = clock;
	}

	/** Where an old address now leads, if it is one (and counts the visit). */
	@Transactional
	public Optional<String> target(String path) {
		Optional<String> target = this.redirects.findByOldPath(path).map(Redirect::getNewPath);
		target.ifPresent((found) -> this.redirects.hit(path, this.clock.instant()));
		return target;
	}

	@Override
	@Transactional
	public Optional<Answer> answer(String path) {
		if (path == null || path.length() > 300) {
			return Optional.empty();
		}
		Optional<Redirect> found = this.redirects.findByOldPath(path);
		if (found.isEmpty() && path.length() > 1 && path.endsWith("/")) {
			found = this.redirects.findByOldPath(path.substring(0, path.length() - 1));
		}
		found.ifPresent((redirect) -> this.redirects.hit(redirect.getOldPath(), this.clock.instant()));
		return found
			.map((redirect) -> (redirect.getNewPath() != null) ? new MovedTo(redirect.getNewPath()) : new Gone());
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

	/** A new page took this path: it stops redirecting (or being gone). */
	@Transactional
	public void claimed(String path) {
		this.redirects.deleteFrom(path);
	}

	/** Forgets every redirect to or from a page that is deleted before it was public. */
	@Transactional
	public void removed(String path) {
		this.redirects.deleteAllFor(path);
	}

	/**
	 * A published page was deleted: its address, and every old address that led to it,
	 * answer 410 Gone with a Dutch page from now on.
	 */
	@Transactional
	public void gone(String path) {
		this.redirects.deleteFrom(path);
		this.redirects.retarget(path, null);
		this.redirects.save(new Redirect(path, null, this.clock.instant()));
	}

	/** The redirects whose old or new address contains {@code query}, 25 per page. */
	@Transactional(readOnly = true)
	Page<Redirect> search(String query, int page) {
		String pattern = "%"
				+ query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
		return this.redirects.search(pattern, PageRequest.of(Math.max(page - 1, 0), 25));
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
