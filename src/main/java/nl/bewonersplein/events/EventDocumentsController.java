package nl.bewonersplein.events;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff's printouts and exports of one event: the poster, the attendee list (PDF) and
 * the sign-ups as CSV. Lists with personal data are recorded in the audit log.
 */
@Controller
class EventDocumentsController {

	private final EventStore store;

	private final Registrations registrations;

	private final EventPdfs pdfs;

	private final ApplicationEventPublisher events;

	EventDocumentsController(EventStore store, Registrations registrations, EventPdfs pdfs,
			ApplicationEventPublisher events) {
		this.store = store;
		this.registrations = registrations;
		this.pdfs = pdfs;
		this.events = events;
	}

	@GetMapping(EventPaths.ADMIN + "/{id}/poster.pdf")
	ResponseEntity<byte[]> poster(@PathVariable long id) {
		Event event = event(id);
		return file(this.pdfs.poster(event), MediaType.APPLICATION_PDF, "poster-" + event.slug() + ".pdf");
	}

	@GetMapping(EventPaths.ADMIN + "/{id}/deelnemers.pdf")
	ResponseEntity<byte[]> attendees(@PathVariable long id) {
		Event event = event(id);
		List<Registration> all = this.registrations.of(id);
		byte[] pdf = this.pdfs.attendees(event, all);
		this.events
			.publishEvent(new AttendeesExported(event.id(), event.title(), AttendeesExported.Format.PDF, all.size()));
		return file(pdf, MediaType.APPLICATION_PDF, "deelnemers-" + event.slug() + ".pdf");
	}

	@GetMapping(EventPaths.ADMIN + "/{id}/aanmeldingen.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		Event event = event(id);
		StringBuilder csv = new StringBuilder(
				"\uFEFFnaam;e-mail;telefoon;personen;status;opmerking;aangemeld door;" + "aangemeld op\r\n");
		List<Registration> all = this.registrations.of(id);
		for (Registration r : all) {
			csv.append(String.join(";", cell(r.name()), cell(r.email()), cell(r.phone()), String.valueOf(r.people()),
					r.status().name().toLowerCase(java.util.Locale.ROOT), cell(r.remark()), cell(r.registeredBy()),
					r.createdAt().toString()))
				.append("\r\n");
		}
		this.events
			.publishEvent(new AttendeesExported(event.id(), event.title(), AttendeesExported.Format.CSV, all.size()));
		return file(csv.toString().getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "aanmeldingen-" + event.slug() + ".csv");
	}

	/** A CSV cell: quoted, and never starting a formula in a spreadsheet. */
	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = value.replace("\r", " ").replace("\n", " ");
		if (!text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private Event event(long id) {
		return this.store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
