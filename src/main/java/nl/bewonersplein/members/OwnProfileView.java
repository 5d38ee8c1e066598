package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.OwnerUploads;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.SignedIn;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own page of an initiative, as {@link OwnProfileController} and
 * {@link OwnImageController} show it: who may open it, the state of the last change, the
 * image section and the profile form.
 */
@Component
class OwnProfileView {

	private final MemberAccounts accounts;

	private final MemberProfiles profiles;

	private final MemberChangeRepository changes;

	private final InitiativeForms forms;

	private final MediaLibrary library;

	private final MemberTexts texts;

	private final JdbcTemplate jdbc;

	private final OwnerUploads uploads;

	OwnProfileView(MemberAccounts accounts, MemberProfiles profiles, MemberChangeRepository changes,
			InitiativeForms forms, MediaLibrary library, MemberTexts texts, JdbcTemplate jdbc, OwnerUploads uploads) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.changes = changes;
		this.forms = forms;
		this.library = library;
		this.texts = texts;
		this.jdbc = jdbc;
		this.uploads = uploads;
	}

	/** The initiative, if this account keeps it; 403 otherwise, whoever asks. */
	MemberInitiative own(SignedIn person, long id) {
		if (person == null || !this.accounts.keeps(person.accountId(), id)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return this.profiles.get(id);
	}

	Optional<MemberChange> last(long initiativeId) {
		return this.changes.findFirstByInitiativeIdOrderByCreatedAtDesc(initiativeId);
	}

	/** The image that waits for approval, if the waiting change gives another one. */
	Optional<MemberChange> pendingImage(long initiativeId) {
		return last(initiativeId)
			.filter((change) -> change.getStatus() == MemberChange.Status.PENDING && change.changesImage());
	}

	/**
	 * The member's own upload that an image form without a file describes anew: the one
	 * that waits for approval, else the one the public sees; empty when neither is an
	 * upload of theirs (none, taken away, or one an editor chose from the library).
	 */
	Optional<String> ownImage(MemberInitiative initiative) {
		return ownImage(initiative, pendingImage(initiative.getId()));
	}

	private Optional<String> ownImage(MemberInitiative initiative, Optional<MemberChange> pending) {
		String path = pending.isPresent() ? pending.get().proposedImage(InitiativeImage.NONE).path()
				: initiative.getImagePath();
		return Optional.ofNullable(path).filter(this.uploads::isOwnUpload);
	}

	/** The profile form as the member last proposed it, or as it is. */
	InitiativeForm form(MemberInitiative initiative) {
		return last(initiative.getId()).filter((change) -> change.getStatus() != MemberChange.Status.APPROVED)
			.map((change) -> InitiativeForm.of(change.proposed(initiative.profile()), initiative.getVersion()))
			.orElseGet(() -> InitiativeForm.of(initiative));
	}

	OwnPages.ProfilePage page(MemberInitiative initiative, InitiativeForm form, FormErrors errors, boolean saved,
			OwnPages.ImageInput image, Locale locale) {
		Optional<MemberChange> last = last(initiative.getId());
		String state = last.map((change) -> switch (change.getStatus()) {
			case PENDING -> this.texts.t("members.own.state.pending", locale, Dates.shortDate(change.getCreatedAt()));
			case APPROVED -> this.texts.t("members.own.state.approved", locale, Dates.shortDate(change.getDecidedAt()));
			case RETURNED -> this.texts.t("members.own.state.returned", locale, Dates.shortDate(change.getDecidedAt()));
		}).orElse("");
		String remark = last.filter((change) -> change.getStatus() == MemberChange.Status.RETURNED)
			.map(MemberChange::getRemark)
			.orElse("");
		Integer count = this.jdbc.queryForObject("select count(*) from member_message where initiative_id = ?",
				Integer.class, initiative.getId());
		String base = MemberPaths.OWN + "/" + initiative.getId();
		List<Link> crumbs = new ArrayList<>(crumbs(locale));
		crumbs.set(crumbs.size() - 1, new Link(crumbs.get(crumbs.size() - 1).label(), MemberPaths.OWN));
		crumbs.add(new Link(initiative.getName(), base, true));
		InitiativeFormPage formPage = this.forms.page(initiative.getName(), this.texts.t("members.own.intro", locale),
				base + "/wijzigingen", this.texts.t("members.own.submit", locale), false, form, errors, null, crumbs,
				locale);
		return new OwnPages.ProfilePage(initiative.getName(), initiative.isPublished(),
				MemberPaths.profile(initiative.getSlug()), state, (remark != null) ? remark : "", saved,
				base + "/berichten", (count != null) ? count : 0, this.accounts.keepers(initiative.getId()),
				imageSection(initiative, base, image), formPage);
	}

	private OwnPages.ImageSection imageSection(MemberInitiative initiative, String base, OwnPages.ImageInput input) {
		Picture current = this.library.pictureAt(initiative.getImagePath())
			.map((picture) -> picture.withAlt(initiative.image().alt()))
			.orElse(null);
		Optional<MemberChange> pending = pendingImage(initiative.getId());
		Picture proposed = pending.map((change) -> change.proposedImage(InitiativeImage.NONE).path())
			.flatMap(this.library::pictureAt)
			.orElse(null);
		boolean removalWaits = pending.isPresent() && proposed == null;
		boolean removable = !removalWaits && (proposed != null || current != null);
		return new OwnPages.ImageSection(current, proposed, pending.isPresent(), removalWaits, removable,
				ownImage(initiative, pending).isPresent(), base + "/afbeelding", base + "/afbeelding/verwijderen",
				input, FormSubmissions.token());
	}

	List<Link> crumbs(Locale locale) {
		return List.of(new Link(this.texts.t("nav.home", locale), "/"),
				new Link(this.texts.t("members.own.account", locale), "/account"),
				new Link(this.texts.t("members.own.title", locale), MemberPaths.OWN, true));
	}

}
