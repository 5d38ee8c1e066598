package nl.bewonersplein.events;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing up for an event without an account: the form at
 * {@code /agenda/{slug}/aanmelden}, posted to {@code /agenda/{slug}/aanmeldingen}, which
 * leads to the personal page (see PersonalRegistrationController). A full event takes
 * sign-ups on its waitlist.
 */
@Controller
class RegistrationController {

	private final EventStore store;

	private final Registrations registrations;

	private final EventTexts texts;

	private final MessageSource messages;

	private final Clock clock;

	private final FormSubmissions submissions;

	RegistrationController(EventStore store, Registrations registrations, EventTexts texts, MessageSource messages,
			Clock clock, FormSubmissions submissions) {
		this.submissions = submissions;
		this.store = store;
		this.registrations = registrations;
		this.texts = texts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(EventPaths.AGENDA + "/{slug}/aanmelden")
	String form(@PathVariable String slug, Locale locale, Model model) {
		Event event = open(slug);
		model.addAttribute("page", page(event, RegistrationForm.empty(), FormErrors.NONE, locale));
		return "events/signup";
	}

	@PostMapping(EventPaths.AGENDA + "/{slug}/aanmeldingen")
	String register(@PathVariable String slug, @Valid @ModelAttribute RegistrationForm form, BindingResult result,
			Locale locale, Model model, HttpServletResponse response) {
		if ((result.hasFieldErrors("formToken") || result.hasFieldErrors("sleutel"))) {
			// A form without its tokens was not made by our page.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Event event = EventController.visible(this.store, slug);
		check(form, event, result, locale);
		if (result.hasErrors()) {
			if (this.submissions.earlier(form.formToken()).isPresent()) {
				return "redirect:" + EventPaths.registration(form.sleutel()) + "?nieuw";
			}
		}
		else {
			Registrations.SignUp signUp = new Registrations.SignUp(form.naam(), form.email(), form.telefoon(),
					form.people(), form.opmerking(), form.sleutel(), null);
			try {
				// A repeated post of the same form (a double click, Back and send again)
				// signs up once; all posts go to the one personal page. The personal
				// link is in the form itself, so the stored location need not hold it
				// (it is stored only as a hash).
				this.submissions.submit(form.formToken(), () -> {
					Registrations.Outcome made = this.registrations.register(event.id(), signUp);
					if (made instanceof Registrations.Outcome.Registered) {
						return EventPaths.event(slug);
					}
					throw new NotRegistered(made);
				});
				return "redirect:" + EventPaths.registration(form.sleutel()) + "?nieuw";
			}
			catch (NotRegistered ex) {
				if (!(ex.outcome instanceof Registrations.Outcome.TooMany tooMany)) {
					// Closed meanwhile: the event's page says so.
					return "redirect:" + EventPaths.event(slug);
				}
				result.rejectValue("personen", "people",
						this.texts.t("events.form.people.range", locale, tooMany.max()));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", page(event, form, FormErrors.of(result, this.messages, locale), locale));
		return "events/signup";
	}

	/**
	 * A sign-up that made nothing: its form token is not kept, so the form can be sent
	 * again.
	 */
	private static final class NotRegistered extends RuntimeException {

		private final Registrations.Outcome outcome;

		NotRegistered(Registrations.Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

	private void check(RegistrationForm form, Event event, BindingResult result, Locale locale) {
		if (form.email().isEmpty() && form.telefoon().isEmpty()) {
			result.rejectValue("email", "contact", this.texts.t("events.form.contact.required", locale));
		}
		if (!result.hasFieldErrors("personen") && (form.people() < 1 || form.people() > event.maxPerSignUp())) {
			result.rejectValue("personen", "people",
					this.texts.t("events.form.people.range", locale, event.maxPerSignUp()));
		}
		if (!form.consent()) {
			result.rejectValue("toestemming", "consent", this.texts.t("events.form.consent.required", locale));
		}
	}

	private Event open(String slug) {
		Event event = EventController.visible(this.store, slug);
		if (!event.signUpOpen(this.clock.instant())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return event;
	}

	private SignUpPage page(Event event, RegistrationForm form, FormErrors errors, Locale locale) {
		String url = EventPaths.event(event.slug());
		return new SignUpPage(event.title(), url, EventTexts.when(event.startsAt(), event.endsAt(), locale),
				event.full(), event.maxPerSignUp(), event.organiserPhone(), EventPaths.registrations(event.slug()),
				new SignUpPage.Values(form.naam(), form.email(), form.telefoon(), form.personen(), form.opmerking(),
						form.consent(), form.formToken(), form.sleutel()),
				errors,
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("events.agenda.title", locale), EventPaths.AGENDA),
						new Link(event.title(), url),
						new Link(this.texts.t("events.signup.title", locale), EventPaths.signUp(event.slug()), true)));
	}

}
