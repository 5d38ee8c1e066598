package nl.bewonersplein.members;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * An initiative's contact form at {@code /leden/{slug}/contact}, on its own page so that
 * profiles carry no form (and so create no session). The message goes to the initiative's
 * address by e-mail, which the page never shows.
 */
@Controller
class ContactController {

	private final MemberInitiativeRepository initiatives;

	private final ContactMessages contact;

	private final MemberTexts texts;

	private final MessageSource messages;

	private final FormSubmissions submissions;

	ContactController(MemberInitiativeRepository initiatives, ContactMessages contact, MemberTexts texts,
			MessageSource messages, FormSubmissions submissions) {
		this.submissions = submissions;
		this.initiatives = initiatives;
		this.contact = contact;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping(MemberPaths.DIRECTORY + "/{slug}/contact")
	String form(@PathVariable String slug, @RequestParam(name = "verstuurd", required = false) String sent,
			Locale locale, Model model) {
		MemberInitiative initiative = reachable(slug);
		model.addAttribute("page", page(initiative, ContactForm.empty(), sent != null, FormErrors.NONE, locale));
		return "members/contact";
	}

	@PostMapping(MemberPaths.DIRECTORY + "/{slug}/contact")
	String send(@PathVariable String slug, @Valid @ModelAttribute ContactForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response) {
		MemberInitiative initiative = reachable(slug);
		if (result.hasFieldErrors("formToken") && !result.hasFieldErrors("naam") && !result.hasFieldErrors("email")
				&& !result.hasFieldErrors("bericht")) {
			// A form without its token was not made by our page.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (result.hasErrors()) {
			Optional<String> earlier = this.submissions.earlier(form.formToken());
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			ContactForm kept = result.hasFieldErrors("formToken")
					? new ContactForm(form.naam(), form.email(), form.bericht(), form.kopie(), FormSubmissions.token())
					: form;
			model.addAttribute("page",
					page(initiative, kept, false, FormErrors.of(result, this.messages, locale), locale));
			return "members/contact";
		}
		// A repeated post of the same form (a double click, Back and send again) sends
		// once.
		FormSubmissions.Outcome outcome = this.submissions.submit(form.formToken(), () -> {
			this.contact.send(initiative, form);
			return MemberPaths.contact(slug) + "?verstuurd";
		});
		return "redirect:" + ((FormSubmissions.Outcome.Done) outcome).location();
	}

	private MemberInitiative reachable(String slug) {
		MemberInitiative initiative = ProfileController.published(this.initiatives, slug);
		if (initiative.getContactEmail() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return initiative;
	}

	private ContactPage page(MemberInitiative initiative, ContactForm form, boolean sent, FormErrors errors,
			Locale locale) {
		String profile = MemberPaths.profile(initiative.getSlug());
		return new ContactPage(initiative.getName(), profile, MemberPaths.contact(initiative.getSlug()), form.naam(),
				form.email(), form.bericht(), form.copy(), form.formToken(), sent, errors,
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY),
						new Link(initiative.getName(), profile), new Link(this.texts.t("members.contact.crumb", locale),
								MemberPaths.contact(initiative.getSlug()), true)));
	}

}
