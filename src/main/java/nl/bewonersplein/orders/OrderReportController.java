package nl.bewonersplein.orders;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coordinators' counts at {@code /admin/bestellingen/overzicht}: ordered units per
 * material, region and month, which stay when addresses are erased; as CSV too, recorded
 * in the audit log like every export.
 */
@Controller
class OrderReportController {

	static final String REPORT = OrderPaths.ADMIN + "/overzicht";

	private final OrderCounts counts;

	private final Fulfilment fulfilment;

	private final MessageSource messages;

	private final Clock clock;

	OrderReportController(OrderCounts counts, Fulfilment fulfilment, MessageSource messages, Clock clock) {
		this.counts = counts;
		this.fulfilment = fulfilment;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(REPORT)
	String report(Locale locale, Model model) {
		OrderCounts.Report report = this.counts.count();
		model.addAttribute("report",
				new OrderAdminPages.ReportPage(rows(report.materials(), null, locale),
						rows(report.regions(), "region", locale), rows(report.months(), "month", locale),
						report.orders(), report.units(), REPORT + "/csv"));
		return "orders/admin/report";
	}

	@GetMapping(REPORT + "/csv")
	ResponseEntity<String> csv() {
		OrderCounts.Report report = this.counts.count();
		this.fulfilment.exported("Overzicht van aantallen (CSV)", report.orders());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("bestellingen-overzicht-" + LocalDate.now(this.clock.withZone(Dates.ZONE)) + ".csv")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(OrderCounts.csv(report));
	}

	private java.util.List<OrderAdminPages.CountRow> rows(java.util.List<OrderCounts.Count> counts, String kind,
			Locale locale) {
		return counts.stream().map((count) -> {
			String label = count.label();
			if ("region".equals(kind)) {
				label = label.isEmpty() ? text("orders.admin.report.unknown", locale)
						: text(Region.valueOf(label).labelKey(), locale);
			}
			else if ("month".equals(kind)) {
				label = java.time.YearMonth.parse(label)
					.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", locale));
			}
			return new OrderAdminPages.CountRow(label, count.orders(), count.units());
		}).toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
