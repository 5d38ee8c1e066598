package nl.bewonersplein.events;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A person's own sign-up behind the personal link {@code /agenda/aanmelding/{token}}: the
 * confirmation right after signing up, and later the place to look it up or cancel it,
 * without an account. An unknown token is simply not found.
 */
@Controller
class PersonalRegistrationController {

	private final Registrations registrations;

	private final EventStore store;

	private final EventTexts texts;

	private final JdbcTemplate jdbc;

	private final SiteAddress address;

	private final Clock clock;

	PersonalRegistrationController(Registrations registrations, EventStore store, EventTexts texts, JdbcTemplate jdbc,
			SiteAddress address, Clock clock) {
		this.registrations = registrations;
		this.store = store;
		this.texts = texts;
		this.jdbc = jdbc;
		this.address = address;
		this.clock = clock;
	}

	@GetMapping(EventPaths.REGISTRATION + "/{token}")
	String show(@PathVariable String token, @RequestParam(name = "nieuw", required = false) String justMade,
			Locale locale, Model model) {
		Registration registration = found(token);
		Event event = this.store.byId(registration.eventId()).orElseThrow();
		model.addAttribute("page", page(token, registration, event, justMade != null, locale));
		return "events/registration";
	}

	@PostMapping(EventPaths.REGISTRATION + "/{token}/annulering")
	String cancel(@PathVariable String token) {
		Registration registration = found(token);
		this.registrations.cancel(registration.eventId(), registration.id());
		return "redirect:" + EventPaths.registration(token);
	}

	private Registration found(String token) {
		return this.registrations.byToken(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RegistrationPage page(String token, Registration registration, Event event, boolean justMade,
			Locale locale) {
		String status = registration.status().name().toLowerCase(Locale.ROOT);
		String statusText = switch (registration.status()) {
			case CONFIRMED -> this.texts.t("events.registration.confirmed", locale);
			case WAITLIST -> this.texts.t("events.registration.waitlist", locale, position(registration));
			case CANCELLED -> this.texts.t("events.registration.cancelled", locale);
		};
		boolean cancellable = registration.status() != Registration.Status.CANCELLED
				&& !event.past(this.clock.instant());
		String where = event.online() ? this.texts.t("events.online", locale)
				: event.venue() + ", " + event.address() + ", " + event.town();
		String contact = (registration.email() != null) ? registration.email() : registration.phone();
		String url = EventPaths.event(event.slug());
		return new RegistrationPage(event.title(), url, EventTexts.when(event.startsAt(), event.endsAt(), locale),
				where, registration.name(), (contact != null) ? contact : "", registration.people(), status, statusText,
				(event.online() && registration.status() == Registration.Status.CONFIRMED) ? event.onlineUrl() : null,
				justMade, cancellable ? EventPaths.cancellation(token) : null,
				this.address.absolute(EventPaths.registration(token)), event.organiserName(), event.organiserPhone(),
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("events.agenda.title", locale), EventPaths.AGENDA),
						new Link(event.title(), url), new Link(this.texts.t("events.registration.title", locale),
								EventPaths.registration(token), true)));
	}

	private int position(Registration registration) {
		Integer ahead = this.jdbc.queryForObject(
				"select count(*) from event_registration where event_id = ? and status = 'WAITLIST' and id < ?",
				Integer.class, registration.eventId(), registration.id());
		return ((ahead != null) ? ahead : 0) + 1;
	}

}
