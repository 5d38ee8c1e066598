package nl.bewonersplein.members;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.media.OwnerUploads;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.SignedIn;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A member gives their own initiative another image, or takes it away, on its page at
 * {@code /account/initiatieven/{id}}. The upload is checked and converted by the media
 * library like an editor's ({@link OwnerUploads}) and stored there as the initiative's;
 * the change waits for an editor like every other change of the profile (until then the
 * public sees the old image). Sent without a file, the form describes the member's own
 * upload anew (the one that waits, else the one on the profile): the same pixels are
 * stored again with the new text alternative, and that waits for an editor too. The
 * member chooses only a file of their own: never an item already in the library.
 */
@Controller
class OwnImageController {

	private final OwnProfileView view;

	private final OwnerUploads uploads;

	private final ProfileChanges changes;

	private final FormSubmissions submissions;

	OwnImageController(OwnProfileView view, OwnerUploads uploads, ProfileChanges changes, FormSubmissions submissions) {
		this.view = view;
		this.uploads = uploads;
		this.changes = changes;
		this.submissions = submissions;
	}

	@PostMapping(MemberPaths.OWN + "/{id}/afbeelding")
	String upload(@PathVariable long id, @RequestParam(name = "bestand", required = false) MultipartFile file,
			@RequestParam(required = false) String alt, @RequestParam(required = false) boolean decoratief,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String token,
			@AuthenticationPrincipal SignedIn person, Locale locale, Model model, HttpServletResponse response)
			throws IOException {
		MemberInitiative initiative = this.view.own(person, id);
		Optional<String> earlier = this.submissions.earlier(token);
		if (earlier.isPresent()) {
			return "redirect:" + earlier.get();
		}
		boolean chosen = file != null && !file.isEmpty();
		OwnerUploads.Checked checked = this.uploads.check(chosen ? file.getOriginalFilename() : null,
				chosen ? file.getBytes() : null, alt, decoratief, this.view.ownImage(initiative).orElse(null), locale);
		if (!checked.ok()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			OwnPages.ImageInput input = new OwnPages.ImageInput(checked.alt(), checked.decorative(), checked.errors(),
					FormSubmissions.isToken(token) ? token : this.submissions.newToken());
			model.addAttribute("page",
					this.view.page(initiative, this.view.form(initiative), FormErrors.NONE, false, input, locale));
			return "members/own-profile";
		}
		long account = person.accountId();
		return done(this.submissions.submit(token, () -> {
			String path = this.uploads.store(checked, initiative.getName());
			this.changes.proposeImage(id, account, path);
			return saved(id);
		}), id);
	}

	@PostMapping(MemberPaths.OWN + "/{id}/afbeelding/verwijderen")
	String remove(@PathVariable long id, @RequestParam(name = FormSubmissions.FIELD, required = false) String token,
			@AuthenticationPrincipal SignedIn person) {
		MemberInitiative initiative = this.view.own(person, id);
		Optional<String> earlier = this.submissions.earlier(token);
		if (earlier.isPresent()) {
			return "redirect:" + earlier.get();
		}
		boolean uploaded = this.view.pendingImage(id)
			.map((change) -> change.proposedImage(InitiativeImage.NONE).path() != null)
			.orElse(false);
		if (initiative.getImagePath() == null && !uploaded) {
			// Nothing to take away.
			return "redirect:" + MemberPaths.OWN + "/" + id;
		}
		long account = person.accountId();
		return done(this.submissions.submit(token, () -> {
			this.changes.proposeImage(id, account, null);
			return saved(id);
		}), id);
	}

	private static String saved(long id) {
		return MemberPaths.OWN + "/" + id + "?verstuurd";
	}

	private static String done(FormSubmissions.Outcome outcome, long id) {
		return "redirect:" + ((outcome instanceof FormSubmissions.Outcome.Done done) ? done.location()
				: MemberPaths.OWN + "/" + id);
	}

}
