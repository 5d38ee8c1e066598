package nl.bewonersplein.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.shared.SignedIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of every editable type, in one table keyed by the type's audit name and
 * the item's id. The {@link EditFlow} records one on each save and restore; the oldest
 * beyond {@code bewonersplein.editorial.revisions.keep} (default 50) are pruned, never
 * the one visitors see.
 */
@Component
public class Revisions {

	/**
	 * A revision as lists and pages show it.
	 *
	 * @param number its number, from 1 per item
	 * @param at when it was saved
	 * @param author who saved it (their login name), or null when unknown
	 * @param changed the names of the fields that changed
	 * @param note {@code restored:<n>}, {@code before} (the state before the first
	 * recorded save), or null
	 * @param live whether visitors see this state
	 * @param fields all fields as text
	 */
	public record Entry(int number, java.time.Instant at, String author, List<String> changed, String note,
			boolean live, Map<String, String> fields) {

	}

	private final RevisionRepository revisions;

	private final Clock clock;

	private final int keep;

	Revisions(RevisionRepository revisions, Clock clock,
			@Value("${bewonersplein.editorial.revisions.keep:50}") int keep) {
		this.revisions = revisions;
		this.clock = clock;
		this.keep = Math.max(keep, 2);
	}

	/**
	 * Records a saved state of an item. When the item has no revision yet and
	 * {@code before} is given (the state before this save), that is kept first, so the
	 * state from before the first recorded edit can be restored too.
	 * @return the new revision's number
	 */
	@Transactional
	public int record(String kind, long id, Map<String, String> before, Map<String, String> after, String note,
			boolean live) {
		Optional<Revision> last = this.revisions.findFirstByKindAndItemIdOrderByNumberDesc(kind, id);
		int number = last.map(Revision::getNumber).orElse(0);
		Map<String, String> previous = last.map((revision) -> FormSnapshots.decode(revision.getSnapshot()))
			.orElse(before);
		if (last.isEmpty() && before != null && !before.isEmpty()) {
			number++;
			this.revisions.save(new Revision(kind, id, number, this.clock.instant(), null, "", "before",
					FormSnapshots.encode(before)));
		}
		List<String> changed = (previous != null) ? FormSnapshots.changed(previous, after)
				: List.copyOf(after.keySet());
		Revision revision = new Revision(kind, id, number + 1, this.clock.instant(), currentUser(),
				truncate(String.join(",", changed)), note, FormSnapshots.encode(after));
		if (live) {
			this.revisions.clearLive(kind, id);
			revision.setLive(true);
		}
		this.revisions.save(revision);
		prune(kind, id);
		return revision.getNumber();
	}

	/** Marks the newest revision as the one visitors see (after publishing), or none. */
	@Transactional
	public void live(String kind, long id, boolean online) {
		this.revisions.clearLive(kind, id);
		if (online) {
			this.revisions.findFirstByKindAndItemIdOrderByNumberDesc(kind, id)
				.ifPresent((revision) -> revision.setLive(true));
		}
	}

	/** The item's revisions, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> list(String kind, long id) {
		return this.revisions.findByKindAndItemIdOrderByNumberDesc(kind, id).stream().map(Revisions::entry).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Entry> find(String kind, long id, int number) {
		return this.revisions.findByKindAndItemIdAndNumber(kind, id, number).map(Revisions::entry);
	}

	/** The newest revision, if any. */
	@Transactional(readOnly = true)
	public Optional<Entry> latest(String kind, long id) {
		return this.revisions.findFirstByKindAndItemIdOrderByNumberDesc(kind, id).map(Revisions::entry);
	}

	/** Forgets the revisions of a deleted item. */
	@Transactional
	public void forget(String kind, long id) {
		this.revisions.deleteAllOf(kind, id);
	}

	private void prune(String kind, long id) {
		List<Revision> all = this.revisions.findByKindAndItemIdOrderByNumberDesc(kind, id);
		all.stream().skip(this.keep).filter((revision) -> !revision.isLive()).forEach(this.revisions::delete);
	}

	static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		if (authentication.getPrincipal() instanceof SignedIn person && person.displayName() != null) {
			return truncateName(person.displayName());
		}
		return truncateName(authentication.getName());
	}

	private static String truncateName(String name) {
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static String truncate(String changed) {
		return (changed.length() > 1000) ? changed.substring(0, 1000) : changed;
	}

	private static Entry entry(Revision revision) {
		return new Entry(revision.getNumber(), revision.getCreatedAt(), revision.getAuthor(),
				revision.getChanged().isEmpty() ? List.of() : List.of(revision.getChanged().split(",")),
				revision.getNote(), revision.isLive(), FormSnapshots.decode(revision.getSnapshot()));
	}

}
