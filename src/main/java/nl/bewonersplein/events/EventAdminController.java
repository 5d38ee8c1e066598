package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.SignedIn;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of events at {@code /admin/evenementen}: the list of events and, per
 * event, its sign-ups, where editors and coordinators sign someone up on their behalf
 * ("aangemeld door"), cancel a sign-up, or move one from the waitlist. See Registrations
 * for the rules about places.
 */
@Controller
class EventAdminController {

	private final EventStore store;

	private final Registrations registrations;

	private final EventTexts texts;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventAdminController(EventStore store, Registrations registrations, EventTexts texts, JdbcTemplate jdbc,
			Clock clock) {
		this.store = store;
		this.registrations = registrations;
		this.texts = texts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping(EventPaths.ADMIN)
	String list(Locale locale, Model model) {
		Instant now = this.clock.instant();
		Map<Long, Integer> waiting = new java.util.HashMap<>();
		this.jdbc.query("select event_id, count(*) from event_registration where status = 'WAITLIST' group by event_id",
				(java.sql.ResultSet rs) -> {
					waiting.put(rs.getLong(1), rs.getInt(2));
				});
		List<EventAdminPages.EventRow> rows = this.store.all()
			.stream()
			.map((event) -> new EventAdminPages.EventRow(event.title(),
					EventTexts.when(event.startsAt(), event.endsAt(), locale), status(event, now, locale),
					places(event, locale), waiting.getOrDefault(event.id(), 0), EventPaths.ADMIN + "/" + event.id(),
					EventPaths.ADMIN + "/" + event.id() + "/aanmeldingen"))
			.toList();
		model.addAttribute("page", new EventAdminPages.ListPage(rows));
		return "events/admin/list";
	}

	@GetMapping(EventPaths.ADMIN + "/{id}/aanmeldingen")
	String show(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("page", page(event(id), EventAdminPages.Values.EMPTY, FormErrors.NONE, locale));
		return "events/admin/signups";
	}

	@PostMapping(EventPaths.ADMIN + "/{id}/aanmeldingen")
	String signUp(@PathVariable long id, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal SignedIn staff, Locale locale, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Event event = event(id);
		EventAdminPages.Values values = new EventAdminPages.Values(RegistrationForm.clean(form.get("naam")),
				RegistrationForm.clean(form.get("email")), RegistrationForm.clean(form.get("telefoon")),
				RegistrationForm.clean(form.get("personen")), RegistrationForm.cleanMultiline(form.get("opmerking")));
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (values.name().isEmpty() || values.name().length() > 120) {
			errors.put("naam", this.texts.t("form.required", locale));
		}
		if (values.email().isEmpty() && values.phone().isEmpty()) {
			errors.put("email", this.texts.t("events.form.contact.required", locale));
		}
		else if (!values.email().isEmpty() && !values.email().matches("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("email", this.texts.t("form.email", locale));
		}
		if (!values.phone().isEmpty() && !values.phone().matches("\\+?[0-9 ()-]{6,20}")) {
			errors.put("telefoon", this.texts.t("events.form.phone.invalid", locale));
		}
		int people = values.people().matches("[0-9]{1,3}") ? Integer.parseInt(values.people()) : 0;
		if (people < 1 || people > event.maxPerSignUp()) {
			errors.put("personen", this.texts.t("events.form.people.range", locale, event.maxPerSignUp()));
		}
		if (values.remark().length() > 1000) {
			errors.put("opmerking", this.texts.t("form.too-long", locale).replace("{max}", "1000"));
		}
		if (errors.isEmpty()) {
			Registrations.Outcome outcome = this.registrations.registerOnBehalf(event.id(),
					new Registrations.SignUp(values.name(), values.email(), values.phone(), people, values.remark(),
							Tokens.next(), staff.displayName()));
			if (outcome instanceof Registrations.Outcome.Registered registered) {
				redirect.addFlashAttribute(AdminShell.FLASH, (registered.status() == Registration.Status.CONFIRMED)
						? "events.admin.signed-up" : "events.admin.signed-up.waitlist");
				return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
			}
			errors.put("personen", this.texts.t("events.admin.closed", locale));
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("page", page(event, values, new FormErrors(errors, List.of()), locale));
		return "events/admin/signups";
	}

	@PostMapping(EventPaths.ADMIN + "/{id}/aanmeldingen/{registration}/annulering")
	String cancel(@PathVariable long id, @PathVariable long registration, @AuthenticationPrincipal SignedIn staff,
			RedirectAttributes redirect) {
		event(id);
		boolean done = this.registrations.cancelByStaff(id, registration, staff.displayName());
		redirect.addFlashAttribute(AdminShell.FLASH, done ? "events.admin.cancelled" : "events.admin.unchanged");
		return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
	}

	@PostMapping(EventPaths.ADMIN + "/{id}/aanmeldingen/{registration}/bevestiging")
	String confirm(@PathVariable long id, @PathVariable long registration, @AuthenticationPrincipal SignedIn staff,
			RedirectAttributes redirect) {
		event(id);
		boolean done = this.registrations.confirmFromWaitlist(id, registration, staff.displayName());
		redirect.addFlashAttribute(AdminShell.FLASH, done ? "events.admin.confirmed" : "events.admin.no-room");
		return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
	}

	private Event event(long id) {
		return this.store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private EventAdminPages.SignUpsPage page(Event event, EventAdminPages.Values values, FormErrors errors,
			Locale locale) {
		Instant now = this.clock.instant();
		boolean open = !event.past(now) && event.status() != Event.Status.CANCELLED;
		String base = EventPaths.ADMIN + "/" + event.id() + "/aanmeldingen/";
		List<EventAdminPages.SignUpRow> rows = this.registrations.of(event.id())
			.stream()
			.map((r) -> new EventAdminPages.SignUpRow(r.name(), String.join(" · ",
					java.util.stream.Stream.of(r.email(), r.phone()).filter(java.util.Objects::nonNull).toList()),
					r.people(),
					this.texts.t("events.admin.status." + r.status().name().toLowerCase(Locale.ROOT), locale),
					r.remark(), (r.registeredBy() != null) ? r.registeredBy() : "", Dates.shortDate(r.createdAt()),
					(open && r.status() != Registration.Status.CANCELLED) ? base + r.id() + "/annulering" : null,
					(open && r.status() == Registration.Status.WAITLIST) ? base + r.id() + "/bevestiging" : null))
			.toList();
		return new EventAdminPages.SignUpsPage(event.id(), event.title(),
				EventTexts.when(event.startsAt(), event.endsAt(), locale), status(event, now, locale),
				places(event, locale), EventPaths.event(event.slug()), rows, values, errors);
	}

	private String status(Event event, Instant now, Locale locale) {
		if (event.status() == Event.Status.PUBLISHED && event.past(now)) {
			return this.texts.t("events.admin.event.past", locale);
		}
		return this.texts.t("events.admin.event." + event.status().name().toLowerCase(Locale.ROOT), locale);
	}

	private String places(Event event, Locale locale) {
		return (event.capacity() == null) ? this.texts.t("events.admin.places.unlimited", locale, event.placesTaken())
				: this.texts.t("events.admin.places", locale, event.placesTaken(), event.capacity());
	}

}
