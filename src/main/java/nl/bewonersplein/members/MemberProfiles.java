package nl.bewonersplein.members;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.media.OwnerUploads;
import nl.bewonersplein.shared.Region;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Creates and changes initiatives, filling in what can be derived: the address from the
 * name, the region and the map location from the town (when the town is a known place).
 * Staff changes are audited.
 */
@Service
@Transactional
class MemberProfiles {

	private final MemberInitiativeRepository initiatives;

	private final Places places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OwnerUploads uploads;

	MemberProfiles(MemberInitiativeRepository initiatives, Places places, ApplicationEventPublisher events, Clock clock,
			OwnerUploads uploads) {
		this.initiatives = initiatives;
		this.places = places;
		this.events = events;
		this.clock = clock;
		this.uploads = uploads;
	}

	/** Thrown when an edit was made on a version someone else has changed since. */
	static class Conflict extends RuntimeException {

	}

	/**
	 * Creates an initiative. An editor's form calls it through
	 * {@code site.FormSubmissions}, which makes a repeated post create it once.
	 */
	MemberInitiative create(MemberInitiative.Profile profile, MemberInitiative.Status status) {
		return create(profile, status, InitiativeImage.NONE);
	}

	/** Creates an initiative with a logo or photo from the media library. */
	MemberInitiative create(MemberInitiative.Profile profile, MemberInitiative.Status status, InitiativeImage image) {
		MemberInitiative fresh = new MemberInitiative(uniqueSlug(profile.name()), derive(profile), status,
				this.clock.instant());
		fresh.setImage(image);
		MemberInitiative initiative = this.initiatives.saveAndFlush(fresh);
		this.events.publishEvent(InitiativeChanged.of("created", initiative, status.name()));
		return initiative;
	}

	/**
	 * Saves an editor's edit made on {@code version}, with the image chosen; a newer
	 * version is a conflict.
	 */
	MemberInitiative update(long id, long version, MemberInitiative.Profile profile, InitiativeImage image) {
		MemberInitiative initiative = get(id);
		if (initiative.getVersion() != version) {
			throw new Conflict();
		}
		apply(initiative, profile, image);
		this.events.publishEvent(InitiativeChanged.of("changed", initiative));
		return initiative;
	}

	/** Applies a member's change an editor approved, with the image it proposes. */
	void applyApproved(MemberInitiative initiative, MemberInitiative.Profile profile, InitiativeImage image) {
		apply(initiative, profile, image);
	}

	/**
	 * Applies a profile and an image. The owner the library shows for the initiative's
	 * own uploaded image follows the initiative's current name, also after a rename; a
	 * member's upload the new image replaces is deleted when nothing else uses it.
	 */
	private void apply(MemberInitiative initiative, MemberInitiative.Profile profile, InitiativeImage image) {
		String before = initiative.getImagePath();
		initiative.apply(derive(profile), this.clock.instant());
		initiative.setImage(image);
		if (initiative.getImagePath() != null) {
			this.uploads.renameOwner(initiative.getImagePath(), initiative.getName());
		}
		discardReplaced(before, initiative.getImagePath());
	}

	/** Deletes a member's upload that {@code after} replaced, if it is used nowhere. */
	void discardReplaced(String before, String after) {
		if (before != null && !before.equals(after)) {
			this.initiatives.flush();
			this.uploads.discardIfUnused(before);
		}
	}

	void publish(long id, boolean published) {
		MemberInitiative initiative = get(id);
		MemberInitiative.Status status = published ? MemberInitiative.Status.PUBLISHED : MemberInitiative.Status.DRAFT;
		if (initiative.getStatus() != status) {
			initiative.setStatus(status, this.clock.instant());
			this.events.publishEvent(InitiativeChanged.of(published ? "published" : "unpublished", initiative));
		}
	}

	void delete(long id) {
		MemberInitiative initiative = get(id);
		this.initiatives.delete(initiative);
		discardReplaced(initiative.getImagePath(), null);
		this.events.publishEvent(InitiativeChanged.of("deleted", initiative));
	}

	MemberInitiative get(long id) {
		return this.initiatives.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The profile with the region and location of its town where it has none. */
	MemberInitiative.Profile derive(MemberInitiative.Profile profile) {
		Optional<Places.Place> place = this.places.find(profile.town());
		Region region = (profile.region() != null) ? profile.region()
				: place.map(Places.Place::region).orElse(Region.MIDDEN);
		Double latitude = profile.latitude();
		Double longitude = profile.longitude();
		if ((latitude == null || longitude == null) && place.isPresent()) {
			latitude = place.get().latitude();
			longitude = place.get().longitude();
		}
		return new MemberInitiative.Profile(profile.name(), profile.kind(), region, profile.town(), profile.summary(),
				profile.description(), profile.website(), profile.socialLinks(), profile.contactEmail(),
				profile.foundedYear(), latitude, longitude, profile.themeIds(), profile.goals());
	}

	private String uniqueSlug(String name) {
		String base = slugOf(name);
		if (MemberPaths.RESERVED.contains(base)) {
			base = base + "-initiatief";
		}
		var taken = new java.util.HashSet<>(this.initiatives.findSlugsLike(base));
		String slug = base;
		for (int i = 2; taken.contains(slug); i++) {
			slug = base + "-" + i;
		}
		return slug;
	}

	static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "initiatief" : slug;
	}

	static boolean isConflict(RuntimeException ex) {
		return ex instanceof Conflict || ex instanceof ObjectOptimisticLockingFailureException;
	}

}
