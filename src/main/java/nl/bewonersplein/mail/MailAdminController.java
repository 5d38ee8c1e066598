package nl.bewonersplein.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Verzonden e-mail" for admins: the outbox newest first, one mail with its text, its
 * HTML on its own sandboxed page, and "opnieuw proberen" for a mail that failed.
 */
@Controller
@RequestMapping(MailConfig.ADMIN_PATH)
class MailAdminController {

	static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(Dates.ZONE);

	/** The status filters by their URL value, in the order they are offered. */
	private static final Map<String, Set<MailStatus>> FILTERS = Map.of("wacht",
			EnumSet.of(MailStatus.PENDING, MailStatus.SENDING), "verzonden", EnumSet.of(MailStatus.SENT), "mislukt",
			EnumSet.of(MailStatus.FAILED));

	/**
	 * The sandbox for a mail's HTML: no scripts, no forms, no requests, its own origin;
	 * only the mail's own style.
	 */
	static final String HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
			+ " frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private final OutboxStore store;

	private final MailScheduler scheduler;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	MailAdminController(OutboxStore store, MailScheduler scheduler, ApplicationEventPublisher events,
			MessageSource messages, Clock clock) {
		this.store = store;
		this.scheduler = scheduler;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") String pagina, @RequestParam(defaultValue = "") String status,
			Locale locale, Model model) {
		String filter = FILTERS.containsKey(status) ? status : "";
		Set<MailStatus> statuses = filter.isEmpty() ? EnumSet.allOf(MailStatus.class) : FILTERS.get(filter);
		long total = this.store.count(statuses);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Paging.parse(pagina).number(), pages);
		List<MailList.Row> rows = this.store.page(statuses, page - 1, PAGE_SIZE)
			.stream()
			.map((mail) -> new MailList.Row(MailConfig.ADMIN_PATH + "/" + mail.id(), LIST_DATE.format(mail.createdAt()),
					mail.recipient(), mail.subject(), statusKey(mail.status()), statusClass(mail.status())))
			.toList();
		List<Link> filters = new ArrayList<>();
		for (String value : List.of("", "wacht", "verzonden", "mislukt")) {
			String label = this.messages.getMessage("mail.admin.filter." + (value.isEmpty() ? "all" : value), null,
					locale);
			filters.add(new Link(label, listHref(value, 1), value.equals(filter)));
		}
		Link previous = (page > 1)
				? new Link(this.messages.getMessage("mail.admin.newer", null, locale), listHref(filter, page - 1))
				: null;
		Link next = (page < pages)
				? new Link(this.messages.getMessage("mail.admin.older", null, locale), listHref(filter, page + 1))
				: null;
		model.addAttribute("mails", new MailList(rows, filters, previous, next, page, pages, this.scheduler.sending()));
		return "mail/admin/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		OutboxStore.Stored mail = this.store.find(id).orElseThrow(MailAdminController::notFound);
		OutboxStore.Summary summary = mail.summary();
		boolean waiting = summary.status() == MailStatus.PENDING && this.scheduler.sending();
		String path = MailConfig.ADMIN_PATH + "/" + id;
		model.addAttribute("mail",
				new MailView(summary.subject(), summary.recipient(), Dates.longDateTime(summary.createdAt(), locale),
						(summary.sentAt() != null) ? Dates.longDateTime(summary.sentAt(), locale) : null,
						statusKey(summary.status()), statusClass(summary.status()), summary.attempts(),
						waiting ? Dates.longDateTime(mail.nextAttemptAt(), locale) : null, mail.lastError(),
						mail.messageId(), SecretLinks.hide(mail.text(), hidden(locale)), path + "/html",
						(summary.status() == MailStatus.FAILED) ? path + "/nieuwe-poging" : null,
						this.store.attachments(id).stream().map(OutgoingMail.Attachment::filename).toList()));
		return "mail/admin/show";
	}

	/**
	 * The HTML body on its own, under a policy that sandboxes it; the site's own policy
	 * is replaced because it would also block the mail's inline style.
	 */
	@GetMapping("/{id}/html")
	void html(@PathVariable long id, HttpServletResponse response) throws IOException {
		OutboxStore.Stored mail = this.store.find(id).orElseThrow(MailAdminController::notFound);
		response.setHeader("Content-Security-Policy", HTML_POLICY);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		String html = SecretLinks.hide(mail.html(), hidden(LocaleContextHolder.getLocale()));
		response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/{id}/nieuwe-poging")
	@Transactional
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		OutboxStore.Stored mail = this.store.find(id).orElseThrow(MailAdminController::notFound);
		if (this.store.retry(id, this.clock.instant())) {
			this.events.publishEvent(new MailRetried(id, mail.summary().subject()));
			redirect.addFlashAttribute(AdminShell.FLASH, "mail.admin.retry.done");
		}
		else {
			redirect.addFlashAttribute(AdminShell.FLASH, "mail.admin.retry.not-failed");
		}
		return "redirect:" + MailConfig.ADMIN_PATH + "/" + id;
	}

	private String statusKey(MailStatus status) {
		if (!this.scheduler.sending() && (status == MailStatus.PENDING || status == MailStatus.SENDING)) {
			return "mail.status.held";
		}
		return "mail.status." + status.name().toLowerCase(Locale.ROOT);
	}

	private static String statusClass(MailStatus status) {
		return "mail-status mail-status-" + status.name().toLowerCase(Locale.ROOT);
	}

	private static String listHref(String filter, int page) {
		StringBuilder href = new StringBuilder(MailConfig.ADMIN_PATH);
		String separator = "?";
		if (!filter.isEmpty()) {
			href.append(separator).append("status=").append(filter);
			separator = "&";
		}
		if (page > 1) {
			href.append(separator).append("pagina=").append(page);
		}
		return href.toString();
	}

	private String hidden(Locale locale) {
		return this.messages.getMessage("mail.admin.secret-hidden", null, locale);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
