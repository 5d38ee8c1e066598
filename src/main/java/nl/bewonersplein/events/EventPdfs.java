package nl.bewonersplein.events;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.PdfRenderer;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.stereotype.Component;

/**
 * The printed documents of an event, through {@link PdfRenderer} (PDF/UA-1 and PDF/A-3u):
 * the A4 poster for the notice board (large type, readable from two metres, with a QR
 * code to the event page) and the A4 attendee list for the organisers, with phone numbers
 * so they can call people who signed up by phone.
 */
@Component
class EventPdfs {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final EventTexts texts;

	private final Network network;

	private final SiteAddress address;

	EventPdfs(EventTexts texts, Network network, SiteAddress address) {
		this.address = address;
		this.texts = texts;
		this.network = network;
	}

	byte[] poster(Event event) {
		String url = this.address.absolute(EventPaths.event(event.slug()));
		StringBuilder html = head(event.title(), POSTER_CSS);
		html.append("<p class=\"network\">").append(esc(this.network.name())).append("</p>");
		html.append("<h1>").append(esc(event.title())).append("</h1>");
		if (event.status() == Event.Status.CANCELLED) {
			html.append("<p class=\"cancelled\">").append(esc(t("events.cancelled.short"))).append("</p>");
		}
		html.append("<p class=\"when\">")
			.append(esc(EventTexts.when(event.startsAt(), event.endsAt(), DUTCH)))
			.append("</p>");
		html.append("<p class=\"where\">")
			.append(esc(
					event.online() ? t("events.online") : event.venue() + ", " + event.address() + ", " + event.town()))
			.append("</p>");
		html.append("<p class=\"summary\">").append(esc(event.summary())).append("</p>");
		html.append("<h2>").append(esc(t("events.poster.signup"))).append("</h2>");
		html.append("<p class=\"phone\">")
			.append(esc(t("events.poster.call", event.organiserName())))
			.append("<br />")
			.append(esc(event.organiserPhone()))
			.append("</p>");
		html.append("<div class=\"qr\"><img src=\"")
			.append(PdfRenderer.qrCode(url))
			.append("\" alt=\"")
			.append(esc(t("events.poster.qr-alt", url)))
			.append("\" width=\"200\" height=\"200\" /><p>")
			.append(esc(url))
			.append("</p></div>");
		html.append("</body></html>");
		return PdfRenderer.render(html.toString());
	}

	byte[] attendees(Event event, List<Registration> registrations) {
		StringBuilder html = head(t("events.pdf.attendees.title", event.title()), LIST_CSS);
		html.append("<h1>").append(esc(t("events.pdf.attendees.title", event.title()))).append("</h1>");
		html.append("<p>").append(esc(EventTexts.when(event.startsAt(), event.endsAt(), DUTCH))).append("</p>");
		for (Registration.Status status : List.of(Registration.Status.CONFIRMED, Registration.Status.WAITLIST)) {
			List<Registration> rows = registrations.stream().filter((r) -> r.status() == status).toList();
			html.append("<h2>")
				.append(esc(t("events.admin.status." + status.name().toLowerCase(Locale.ROOT))))
				.append(" (")
				.append(rows.stream().mapToInt(Registration::people).sum())
				.append(")</h2>");
			if (rows.isEmpty()) {
				html.append("<p>").append(esc(t("events.admin.signups.none"))).append("</p>");
				continue;
			}
			html.append("<table><thead><tr><th scope=\"col\">")
				.append(esc(t("events.form.name")))
				.append("</th><th scope=\"col\">")
				.append(esc(t("events.form.phone")))
				.append("</th><th scope=\"col\">")
				.append(esc(t("events.form.email")))
				.append("</th><th scope=\"col\">")
				.append(esc(t("events.admin.people")))
				.append("</th><th scope=\"col\">")
				.append(esc(t("events.form.remark")))
				.append("</th><th scope=\"col\">")
				.append(esc(t("events.pdf.present")))
				.append("</th></tr></thead><tbody>");
			for (Registration r : rows) {
				html.append("<tr><td>")
					.append(esc(r.name()))
					.append("</td><td>")
					.append(esc((r.phone() != null) ? r.phone() : ""))
					.append("</td><td>")
					.append(esc((r.email() != null) ? r.email() : ""))
					.append("</td><td>")
					.append(r.people())
					.append("</td><td>")
					.append(esc(r.remark()))
					.append("</td><td></td></tr>");
			}
			html.append("</tbody></table>");
		}
		html.append("</body></html>");
		return PdfRenderer.render(html.toString());
	}

	private StringBuilder head(String title, String css) {
		StringBuilder html = new StringBuilder(16 * 1024);
		html.append("<!DOCTYPE html><html lang=\"nl\" xml:lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>");
		html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />");
		html.append("<title>").append(esc(title)).append("</title>");
		html.append("<meta name=\"author\" content=\"").append(esc(this.network.name())).append("\" />");
		html.append("<style>").append(css).append("</style></head><body>");
		return html;
	}

	private String t(String key, Object... args) {
		return this.texts.t(key, DUTCH, args);
	}

	private static String esc(String text) {
		return PdfRenderer.escape((text != null) ? text : "");
	}

	private static final String BASE_CSS = "@page { size: A4; margin: 18mm; } html, body { font-family: 'DejaVu Sans';"
			+ " color: #000000; } h1, h2 { font-family: 'DejaVu Sans'; font-weight: bold; color: #0b3d6e; }";

	private static final String POSTER_CSS = BASE_CSS + " body { font-size: 22pt; line-height: 1.25; }"
			+ " .network { font-size: 18pt; margin: 0 0 6mm; } h1 { font-size: 44pt; margin: 0 0 8mm; line-height: 1.1; }"
			+ " .when { font-size: 30pt; font-weight: bold; margin: 0 0 4mm; } .where { font-size: 24pt; margin: 0 0 8mm; }"
			+ " .cancelled { font-size: 36pt; font-weight: bold; color: #a00000; }"
			+ " .summary { font-size: 22pt; margin: 0 0 8mm; } h2 { font-size: 28pt; margin: 0 0 3mm; }"
			+ " .phone { font-size: 30pt; font-weight: bold; margin: 0 0 6mm; } .qr p { font-size: 14pt; }";

	private static final String LIST_CSS = BASE_CSS + " body { font-size: 11pt; } h1 { font-size: 18pt; }"
			+ " h2 { font-size: 14pt; } table { border-collapse: collapse; width: 100%; }"
			+ " th, td { border: 1px solid #666666; padding: 2mm; text-align: left; vertical-align: top; }";

}
