package nl.bewonersplein.members;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.editorial.WordDiff;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Members' own changes of their profile: proposed by a member, shown to editors as a
 * readable difference, then approved (the profile changes at once) or sent back with a
 * remark the member reads.
 */
@Service
@Transactional
class ProfileChanges {

	private final MemberChangeRepository changes;

	private final MemberProfiles profiles;

	private final Themes themes;

	private final MemberTexts texts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MediaLibrary library;

	ProfileChanges(MemberChangeRepository changes, MemberProfiles profiles, Themes themes, MemberTexts texts,
			ApplicationEventPublisher events, Clock clock, MediaLibrary library) {
		this.library = library;
		this.changes = changes;
		this.profiles = profiles;
		this.themes = themes;
		this.texts = texts;
		this.events = events;
		this.clock = clock;
	}

	/** Thrown when a change was already decided (by another editor, or twice). */
	static class AlreadyDecided extends RuntimeException {

	}

	/** Stores the member's proposal, replacing one that still waits. */
	MemberChange propose(long initiativeId, long accountId, MemberInitiative.Profile proposed) {
		MemberChange change = this.changes.findFirstByInitiativeIdOrderByCreatedAtDesc(initiativeId)
			.filter((last) -> last.getStatus() == MemberChange.Status.PENDING)
			.orElse(null);
		if (change == null) {
			return this.changes.save(new MemberChange(initiativeId, accountId, proposed, this.clock.instant()));
		}
		change.propose(accountId, proposed, this.clock.instant());
		return change;
	}

	/**
	 * Proposes another image for the initiative (null: none), in the change that waits or
	 * in a new one that leaves the rest of the profile as it is.
	 */
	MemberChange proposeImage(long initiativeId, long accountId, String path) {
		MemberChange change = this.changes.findFirstByInitiativeIdOrderByCreatedAtDesc(initiativeId)
			.filter((last) -> last.getStatus() == MemberChange.Status.PENDING)
			.orElseGet(() -> this.changes.save(new MemberChange(initiativeId, accountId,
					this.profiles.get(initiativeId).profile(), this.clock.instant())));
		// An upload that waited and is now replaced or withdrawn is not kept.
		String waited = change.changesImage() ? change.proposedImage(InitiativeImage.NONE).path() : null;
		change.proposeImage(accountId, path, this.clock.instant());
		this.profiles.discardReplaced(waited, path);
		return change;
	}

	void approve(long changeId) {
		MemberChange change = pending(changeId);
		MemberInitiative initiative = this.profiles.get(change.getInitiativeId());
		this.profiles.applyApproved(initiative, change.proposed(initiative.profile()),
				change.proposedImage(initiative.image()));
		change.decide(MemberChange.Status.APPROVED, null, this.clock.instant());
		this.events.publishEvent(InitiativeChanged.of("change-approved", initiative, "wijziging " + change.getId()));
	}

	void sendBack(long changeId, String remark) {
		MemberChange change = pending(changeId);
		MemberInitiative initiative = this.profiles.get(change.getInitiativeId());
		change.decide(MemberChange.Status.RETURNED, remark, this.clock.instant());
		this.events.publishEvent(InitiativeChanged.of("change-returned", initiative, "wijziging " + change.getId()));
	}

	private MemberChange pending(long changeId) {
		MemberChange change = this.changes.findById(changeId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (change.getStatus() != MemberChange.Status.PENDING) {
			throw new AlreadyDecided();
		}
		return change;
	}

	/**
	 * The fields the change alters, each with its old and new value and the difference.
	 */
	@Transactional(readOnly = true)
	List<ChangePage.Field> diff(MemberChange change, MemberInitiative initiative, Locale locale) {
		MemberInitiative.Profile before = initiative.profile();
		MemberInitiative.Profile after = change.proposed(before);
		Map<Long, String> themeNames = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::id, ThemeOption::title, (a, b) -> a));
		Function<MemberInitiative.Profile, String> themeText = (profile) -> profile.themeIds()
			.stream()
			.map((id) -> themeNames.getOrDefault(id, "#" + id))
			.sorted()
			.collect(Collectors.joining(", "));
		Function<MemberInitiative.Profile, String> goalText = (profile) -> profile.goals()
			.stream()
			.sorted()
			.map((goal) -> goal + ". " + this.texts.goal(goal, locale))
			.collect(Collectors.joining(", "));
		List<ChangePage.Field> fields = new ArrayList<>();
		add(fields, "members.form.name", before.name(), after.name(), locale);
		add(fields, "members.form.kind.label", this.texts.kind(before.kind(), locale),
				this.texts.kind(after.kind(), locale), locale);
		add(fields, "members.form.town", before.town(), after.town(), locale);
		add(fields, "members.form.summary", before.summary(), after.summary(), locale);
		add(fields, "members.form.description", before.description(), after.description(), locale);
		add(fields, "members.form.website", before.website(), after.website(), locale);
		add(fields, "members.form.links.label", before.socialLinks(), after.socialLinks(), locale);
		add(fields, "members.form.founded", Objects.toString(before.foundedYear(), ""),
				Objects.toString(after.foundedYear(), ""), locale);
		add(fields, "members.form.themes", themeText.apply(before), themeText.apply(after), locale);
		add(fields, "members.form.goals", goalText.apply(before), goalText.apply(after), locale);
		add(fields, "members.own.image.title", imageText(initiative.image(), locale),
				imageText(change.proposedImage(initiative.image()), locale), locale);
		return fields;
	}

	/** An image as words in the difference: its text alternative and address. */
	private String imageText(InitiativeImage image, Locale locale) {
		if (image.path() == null) {
			return this.texts.t("members.own.image.none", locale);
		}
		String alt = this.library.pictureAt(image.path()).map(Picture::alt).orElse("");
		return (alt.isEmpty() ? this.texts.t("members.own.image.decorative", locale) : alt) + " (" + image.path() + ")";
	}

	private void add(List<ChangePage.Field> fields, String labelKey, String before, String after, Locale locale) {
		String from = (before != null) ? before : "";
		String to = (after != null) ? after : "";
		if (!from.equals(to)) {
			fields.add(new ChangePage.Field(this.texts.t(labelKey, locale), from, to, WordDiff.html(from, to)));
		}
	}

}
