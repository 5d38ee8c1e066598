package nl.bewonersplein.events;

import nl.bewonersplein.admin.AdminShell;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff messages to everyone signed up for an event, and cancelling an event (which tells
 * them too), from the event's sign-ups page. See EventMessages.
 */
@Controller
class EventMessageAdminController {

	private final EventStore store;

	private final EventMessages messages;

	EventMessageAdminController(EventStore store, EventMessages messages) {
		this.store = store;
		this.messages = messages;
	}

	@PostMapping(EventPaths.ADMIN + "/{id}/berichten")
	String message(@PathVariable long id, @RequestParam(name = "onderwerp", defaultValue = "") String subject,
			@RequestParam(name = "bericht", defaultValue = "") String text, RedirectAttributes redirect) {
		Event event = event(id);
		String cleanSubject = RegistrationForm.clean(subject);
		String cleanText = RegistrationForm.cleanMultiline(text);
		if (cleanSubject.isEmpty() || cleanText.isEmpty() || cleanSubject.length() > 200 || cleanText.length() > 5000) {
			redirect.addFlashAttribute(AdminShell.FLASH, "events.admin.message.required");
			return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
		}
		this.messages.tellEveryone(event, cleanSubject, cleanText);
		redirect.addFlashAttribute(AdminShell.FLASH, "events.admin.message.sent");
		return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
	}

	@PostMapping(EventPaths.ADMIN + "/{id}/afgelasting")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		boolean done = this.messages.cancelEvent(event(id));
		redirect.addFlashAttribute(AdminShell.FLASH,
				done ? "events.admin.cancel-event.done" : "events.admin.unchanged");
		return "redirect:" + EventPaths.ADMIN + "/" + id + "/aanmeldingen";
	}

	private Event event(long id) {
		return this.store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
