package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.PdfRenderer;

/**
 * The documents fulfilment prints and exports for a batch of orders: the packing list and
 * A4 address label sheets (3 × 8 labels of 70 × 37 mm, Dutch address format) as tagged,
 * PDF/UA and PDF/A valid PDFs, and a CSV file.
 */
final class OrderDocuments {

	static final int LABELS_PER_SHEET = 24;

	private static final String LABEL_CSS = """
			@page { size: 210mm 297mm; margin: 0.5mm 0 0 0; }
			body { margin: 0; font-family: 'DejaVu Sans'; font-size: 10pt; }
			.sheet { width: 210mm; height: 296mm; page-break-after: always; }
			.sheet:last-child { page-break-after: auto; }
			.label { float: left; width: 70mm; height: 37mm; box-sizing: border-box; padding: 6mm 6mm 0 7mm;
			  overflow: hidden; }
			.label p { margin: 0; line-height: 1.3; }
			.number { font-size: 7pt; color: #333333; }
			""";

	private static final String LIST_CSS = """
			@page { size: 210mm 297mm; margin: 15mm; }
			body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
			h1 { font-size: 16pt; margin: 0 0 4mm 0; }
			table { width: 100%; border-collapse: collapse; }
			th, td { border-bottom: 0.3mm solid #999999; padding: 1.5mm; text-align: left; vertical-align: top; }
			thead { display: table-header-group; }
			tr { page-break-inside: avoid; }
			""";

	private OrderDocuments() {
	}

	/** Address labels, 24 per A4 sheet, in the order given. */
	static byte[] labels(List<OrderRow> orders) {
		StringBuilder html = head("Adresetiketten", LABEL_CSS);
		for (int start = 0; start < orders.size(); start += LABELS_PER_SHEET) {
			html.append("<div class=\"sheet\">");
			for (OrderRow order : orders.subList(start, Math.min(orders.size(), start + LABELS_PER_SHEET))) {
				html.append("<div class=\"label\">");
				for (String line : order.addressLines()) {
					html.append("<p>").append(PdfRenderer.escape(line)).append("</p>");
				}
				html.append("<p class=\"number\">").append(PdfRenderer.escape(order.number())).append("</p>");
				html.append("</div>");
			}
			html.append("</div>");
		}
		if (orders.isEmpty()) {
			html.append("<p>Geen bestellingen.</p>");
		}
		return PdfRenderer.render(html.append("</body></html>").toString());
	}

	/** The packing list: what goes into which parcel. */
	static byte[] packingList(List<OrderRow> orders, String title) {
		StringBuilder html = head(title, LIST_CSS);
		html.append("<h1>").append(PdfRenderer.escape(title)).append("</h1>");
		html.append("<table><thead><tr><th scope=\"col\">Bestelling</th><th scope=\"col\">Datum</th>")
			.append("<th scope=\"col\">Materiaal</th><th scope=\"col\">Aantal</th><th scope=\"col\">Adres</th>")
			.append("</tr></thead><tbody>");
		for (OrderRow order : orders) {
			html.append("<tr><td>").append(PdfRenderer.escape(order.number())).append("</td><td>");
			html.append(PdfRenderer.escape(Dates.shortDate(order.createdAt()))).append("</td><td>");
			html.append(PdfRenderer.escape(order.material())).append("</td><td>");
			html.append(order.quantity()).append(" × ").append(PdfRenderer.escape(order.unit())).append("</td><td>");
			html.append(String.join("<br />", order.addressLines().stream().map(PdfRenderer::escape).toList()));
			html.append("</td></tr>");
		}
		html.append("</tbody></table>");
		html.append("<p>").append(orders.size()).append(" bestellingen.</p>");
		return PdfRenderer.render(html.append("</body></html>").toString());
	}

	/**
	 * The orders as CSV for a spreadsheet: semicolons, quoted where needed, with a BOM.
	 */
	static String csv(List<OrderRow> orders) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append("bestelnummer;datum;status;materiaal;aantal;naam;initiatief;straat;huisnummer;toevoeging;postcode;")
			.append("plaats;email;telefoon\r\n");
		for (OrderRow o : orders) {
			List<String> fields = List.of(o.number(), o.createdAt().toString(), o.status().name().toLowerCase(),
					o.material(), Integer.toString(o.quantity()), nz(o.name()), nz(o.initiative()), nz(o.street()),
					nz(o.houseNumber()), nz(o.addition()), nz(o.postcode()), nz(o.town()), nz(o.email()),
					nz(o.phone()));
			csv.append(String.join(";", fields.stream().map(OrderDocuments::field).toList())).append("\r\n");
		}
		return csv.toString();
	}

	private static String field(String value) {
		String safe = value;
		// A spreadsheet runs a cell that starts with one of these as a formula.
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains(",")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String nz(String value) {
		return (value == null) ? "" : value;
	}

	private static StringBuilder head(String title, String css) {
		StringBuilder html = new StringBuilder(32 * 1024);
		html.append("<!DOCTYPE html><html lang=\"nl\" xml:lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>");
		html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />");
		html.append("<title>").append(PdfRenderer.escape(title)).append("</title>");
		html.append("<meta name=\"subject\" content=\"").append(PdfRenderer.escape(title)).append("\" />");
		html.append("<meta name=\"author\" content=\"Bewonersplein\" />");
		html.append("<style>").append(css).append("</style></head><body>");
		return html;
	}

}
