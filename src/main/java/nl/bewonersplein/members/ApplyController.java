package nl.bewonersplein.members;

import java.util.Arrays;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Lid worden" at {@code /leden/lid-worden}: an initiative applies with a contact person.
 * See ApplicationAdminController for the editors who decide.
 */
@Controller
class ApplyController {

	private final Applications applications;

	private final MemberTexts texts;

	private final MessageSource messages;

	private final FormSubmissions submissions;

	ApplyController(Applications applications, MemberTexts texts, MessageSource messages, FormSubmissions submissions) {
		this.submissions = submissions;
		this.applications = applications;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping(MemberPaths.APPLY)
	String form(@RequestParam(name = "verstuurd", required = false) String sent, Locale locale, Model model) {
		model.addAttribute("page", page(ApplicationForm.empty(), sent != null, FormErrors.NONE, locale));
		return "members/apply";
	}

	@PostMapping(MemberPaths.APPLY)
	String apply(@Valid @ModelAttribute ApplicationForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response) {
		if (result.hasFieldErrors("formToken") && result.getErrorCount() == 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!result.hasFieldErrors("soort") && InitiativeKind.fromSlug(form.soort()).isEmpty()) {
			result.rejectValue("soort", "kind", this.texts.t("members.form.kind", locale));
		}
		if (result.hasErrors()) {
			Optional<String> earlier = this.submissions.earlier(form.formToken());
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", page(result.hasFieldErrors("formToken") ? form.withNewToken() : form, false,
					FormErrors.of(result, this.messages, locale), locale));
			return "members/apply";
		}
		// A repeated post of the same form (a double click, Back and send again) applies
		// once.
		FormSubmissions.Outcome outcome = this.submissions.submit(form.formToken(), () -> {
			this.applications.apply(form);
			return MemberPaths.APPLY + "?verstuurd";
		});
		return "redirect:" + ((FormSubmissions.Outcome.Done) outcome).location();
	}

	private ApplyPage page(ApplicationForm form, boolean sent, FormErrors errors, Locale locale) {
		List<InitiativeFormPage.Choice> kinds = Arrays.stream(InitiativeKind.values())
			.map((kind) -> new InitiativeFormPage.Choice(kind.slug(), this.texts.kind(kind, locale),
					kind.slug().equals(form.soort())))
			.toList();
		return new ApplyPage(
				new ApplyPage.Values(form.naam(), form.plaats(), form.samenvatting(), form.webadres(),
						form.contactnaam(), form.email(), form.telefoon(), form.motivatie(), form.formToken()),
				kinds, sent, errors,
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY),
						new Link(this.texts.t("members.apply.title", locale), MemberPaths.APPLY, true)));
	}

}
