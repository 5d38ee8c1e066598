package nl.bewonersplein.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit log for admins at {@code /admin/audit}, filterable by action, person and
 * period.
 */
@Controller
class AuditAdminController {

	private final AuditEntries entries;

	private final MessageSource messages;

	AuditAdminController(AuditEntries entries, MessageSource messages) {
		this.entries = entries;
		this.messages = messages;
	}

	@GetMapping("/admin/audit")
	String log(@RequestParam(name = "actie", defaultValue = "") String action,
			@RequestParam(name = "wie", defaultValue = "") String actor,
			@RequestParam(name = "van", defaultValue = "") String from,
			@RequestParam(name = "tot", defaultValue = "") String to, Paging paging, Locale locale, Model model) {
		int current = paging.index();
		AuditFilter filter = new AuditFilter(clean(action), clean(actor), date(from), date(to));
		List<AuditView.Row> rows = this.entries.find(filter, current, locale);
		Link previous = (current > 0) ? new Link(text("audit.newer", locale), url(filter, current - 1)) : null;
		Link next = (rows.size() > AuditEntries.PAGE_SIZE)
				? new Link(text("audit.older", locale), url(filter, current + 1)) : null;
		model.addAttribute("audit",
				new AuditView(filter, (filter.from() != null) ? filter.from().toString() : "",
						(filter.to() != null) ? filter.to().toString() : "",
						rows.subList(0, Math.min(rows.size(), AuditEntries.PAGE_SIZE)), previous, next));
		return "audit/admin/log";
	}

	@Bean
	static AdminMenuItem auditMenuItem() {
		return new AdminMenuItem("audit.menu", "/admin/audit", 90, Role.ADMIN);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String clean(String value) {
		String text = value.replaceAll("\\p{Cntrl}", "").strip();
		return (text.length() > 80) ? text.substring(0, 80) : text;
	}

	private static LocalDate date(String value) {
		try {
			return value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String url(AuditFilter filter, int page) {
		return UriComponentsBuilder.fromPath("/admin/audit")
			.queryParam("actie", filter.action())
			.queryParam("wie", filter.actor())
			.queryParam("van", (filter.from() != null) ? filter.from() : "")
			.queryParam("tot", (filter.to() != null) ? filter.to() : "")
			.queryParam(Paging.PARAM, page + 1)
			.encode()
			.build()
			.toUriString();
	}

}
