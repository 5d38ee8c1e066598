package nl.bewonersplein.orders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fulfilment for coordinators at {@code /admin/bestellingen}: the order list with filters
 * and bulk state changes, the packing list, address labels and CSV for the filtered
 * batch. The materials' stock is in {@link MaterialAdminController}; the logic is in
 * {@link Fulfilment}.
 */
@Controller
class OrderAdminController {

	private final Fulfilment fulfilment;

	private final Materials materials;

	private final OrderTexts texts;

	private final java.time.Clock clock;

	OrderAdminController(Fulfilment fulfilment, Materials materials, OrderTexts texts, java.time.Clock clock) {
		this.fulfilment = fulfilment;
		this.materials = materials;
		this.texts = texts;
		this.clock = clock;
	}

	@GetMapping(OrderPaths.ADMIN)
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String materiaal,
			@RequestParam(required = false) String q, Locale locale, Model model) {
		OrderFilter filter = OrderFilter.of(status, materiaal, q);
		List<OrderRow> orders = this.fulfilment.find(filter);
		List<OrderAdminPages.Row> rows = orders.stream()
			.map((o) -> new OrderAdminPages.Row(o.id(), o.number(), Dates.shortDate(o.createdAt()),
					o.quantity() + " × " + o.material(), o.name(),
					String.join(", ", o.addressLines().subList(1, o.addressLines().size())),
					this.texts.t(o.status().labelKey(), locale)))
			.toList();
		List<OrderAdminPages.Option> statuses = new ArrayList<>();
		statuses.add(new OrderAdminPages.Option("", this.texts.t("orders.admin.all", locale), filter.status() == null));
		for (OrderStatus state : OrderStatus.values()) {
			statuses.add(new OrderAdminPages.Option(state.name().toLowerCase(Locale.ROOT),
					this.texts.t(state.labelKey(), locale), state == filter.status()));
		}
		List<OrderAdminPages.Option> materialOptions = new ArrayList<>();
		materialOptions
			.add(new OrderAdminPages.Option("", this.texts.t("orders.admin.all", locale), filter.materialId() == null));
		for (Material material : this.materials.all()) {
			materialOptions.add(new OrderAdminPages.Option(Long.toString(material.id()), material.name(),
					Long.valueOf(material.id()).equals(filter.materialId())));
		}
		model.addAttribute("page", new OrderAdminPages.ListPage(rows, statuses, materialOptions, filter.text(),
				filter.query(), rows.size(), rows.size() >= Fulfilment.MAX));
		return "orders/admin/list";
	}

	/** Moves the ticked orders to the state of the button pressed. */
	@PostMapping(OrderPaths.ADMIN + "/status")
	String changeStatus(@RequestParam(name = "bestelling", required = false) List<Long> ids,
			@RequestParam(name = "naar") String next, @RequestParam(name = "terug", required = false) String back,
			RedirectAttributes redirect) {
		OrderStatus target = OrderFilter.of(next, null, null).status();
		int changed = (target == null || ids == null) ? 0 : this.fulfilment.change(ids, target);
		redirect.addFlashAttribute(AdminShell.FLASH, (changed > 0) ? "orders.admin.changed" : "orders.admin.unchanged");
		return "redirect:" + OrderPaths.ADMIN + safeQuery(back);
	}

	@GetMapping(OrderPaths.ADMIN + "/etiketten")
	ResponseEntity<byte[]> labels(@RequestParam(required = false) String status,
			@RequestParam(required = false) String materiaal, @RequestParam(required = false) String q) {
		List<OrderRow> orders = this.fulfilment.find(OrderFilter.of(status, materiaal, q));
		this.fulfilment.exported("Adresetiketten", orders.size());
		return pdf(OrderDocuments.labels(orders), "etiketten");
	}

	@GetMapping(OrderPaths.ADMIN + "/paklijst")
	ResponseEntity<byte[]> packingList(@RequestParam(required = false) String status,
			@RequestParam(required = false) String materiaal, @RequestParam(required = false) String q) {
		List<OrderRow> orders = this.fulfilment.find(OrderFilter.of(status, materiaal, q));
		this.fulfilment.exported("Paklijst", orders.size());
		return pdf(OrderDocuments.packingList(orders, "Paklijst " + today()), "paklijst");
	}

	@GetMapping(OrderPaths.ADMIN + "/export")
	ResponseEntity<String> csv(@RequestParam(required = false) String status,
			@RequestParam(required = false) String materiaal, @RequestParam(required = false) String q) {
		List<OrderRow> orders = this.fulfilment.find(OrderFilter.of(status, materiaal, q));
		this.fulfilment.exported("CSV-export", orders.size());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bestellingen-" + today() + ".csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(OrderDocuments.csv(orders));
	}

	private String today() {
		return LocalDate.now(this.clock.withZone(Dates.ZONE)).toString();
	}

	/** Only a filter query of our own goes back into the redirect. */
	private static String safeQuery(String query) {
		if (query == null || !query.startsWith("?") || query.length() > 300) {
			return "";
		}
		return Arrays.stream(query.substring(1).split("&"))
			.filter((part) -> part.matches("(status|materiaal|q)=[A-Za-z0-9%+._-]*"))
			.reduce((a, b) -> a + "&" + b)
			.map((parts) -> "?" + parts)
			.orElse("");
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

}
