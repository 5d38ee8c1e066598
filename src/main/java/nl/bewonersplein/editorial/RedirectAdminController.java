package nl.bewonersplein.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.FormSubmissions;
import nl.bewonersplein.site.Paging;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The redirect manager at {@code /admin/doorverwijzingen}: editors search and page
 * through every old address (moved pages, deleted pages, addresses of an older site) with
 * how often each was visited, add, change and remove them. Loops and chains are refused
 * with a Dutch message.
 */
@Controller
@RequestMapping(RedirectAdminController.BASE)
class RedirectAdminController {

	static final String BASE = "/admin/doorverwijzingen";

	private final Redirects redirects;

	private final RedirectRepository repository;

	private final RedirectRules rules;

	private final FormSubmissions submissions;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final Clock clock;

	RedirectAdminController(Redirects redirects, RedirectRepository repository, RedirectRules rules,
			FormSubmissions submissions, MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.redirects = redirects;
		this.repository = repository;
		this.rules = rules;
		this.submissions = submissions;
		this.messages = messages;
		this.writing = new TransactionTemplate(transactions);
	}

	@Bean
	static AdminMenuItem redirectAdminMenuItem() {
		return new AdminMenuItem("editorial.redirects.menu", BASE, 60, Role.ADMIN, Role.EDITOR);
	}

	@GetMapping
	String list(@RequestParam(name = "q", defaultValue = "") String query, Paging paging, Locale locale, Model model) {
		String q = (query.length() > 200) ? query.substring(0, 200) : query;
		Page<Redirect> page = this.redirects.search(q, paging.number());
		model.addAttribute("redirects",
				new RedirectList(q,
						page.getContent()
							.stream()
							.map((redirect) -> new RedirectList.Row(redirect.getId(), redirect.getOldPath(),
									(redirect.getNewPath() != null) ? redirect.getNewPath() : "", redirect.getHits(),
									(redirect.getLastHitAt() != null) ? Dates.shortDate(redirect.getLastHitAt()) : "",
									redirect.isManual()))
							.toList(),
						paging.number(), page.hasNext(), page.getTotalElements()));
		return "editorial/admin/redirects";
	}

	@GetMapping("/nieuw")
	String create(Model model) {
		return form(null, "", "", FormErrors.NONE, this.submissions.newToken(), model);
	}

	@PostMapping
	String add(@RequestParam(name = "oldPath", defaultValue = "") String oldPath,
			@RequestParam(name = "newPath", defaultValue = "") String newPath,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String token, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String from = RedirectRules.normalise(oldPath);
		String to = RedirectRules.normalise(newPath);
		String formToken = FormSubmissions.isToken(token) ? token : this.submissions.newToken();
		Optional<RedirectRules.Refusal> refusal = this.rules.check(from, to, null);
		if (refusal.isPresent()) {
			Optional<String> earlier = this.submissions.earlier(token);
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
			response.setStatus(422);
			return form(null, oldPath, newPath, errors(refusal.get(), locale), formToken, model);
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(token, () -> {
			this.repository.saveAndFlush(Redirect.manual(from, to, this.clock.instant()));
			return BASE;
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.redirects.added");
			return "redirect:" + done.location() + "?q="
					+ java.net.URLEncoder.encode(from, java.nio.charset.StandardCharsets.UTF_8);
		}
		response.setStatus(409);
		return form(null, oldPath, newPath,
				errors(new RedirectRules.Refusal("oldPath", "editorial.redirects.old.taken", ""), locale), formToken,
				model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Redirect found = find(id);
		return form(id, found.getOldPath(), (found.getNewPath() != null) ? found.getNewPath() : "", FormErrors.NONE,
				null, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam(name = "oldPath", defaultValue = "") String oldPath,
			@RequestParam(name = "newPath", defaultValue = "") String newPath, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String from = RedirectRules.normalise(oldPath);
		String to = RedirectRules.normalise(newPath);
		return this.writing.execute((status) -> {
			Redirect found = find(id);
			Optional<RedirectRules.Refusal> refusal = this.rules.check(from, to, id);
			if (refusal.isPresent()) {
				response.setStatus(422);
				return form(id, oldPath, newPath, errors(refusal.get(), locale), null, model);
			}
			found.change(from, to);
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.redirects.saved");
			return "redirect:" + BASE;
		});
	}

	@GetMapping("/{id}/verwijderen")
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		Redirect found = find(id);
		model.addAttribute("confirmation",
				new Confirmation(text("editorial.redirects.delete.title", locale),
						this.messages.getMessage("editorial.redirects.delete.question",
								new Object[] { found.getOldPath() }, locale),
						BASE + "/" + id + "/verwijderen", text("editorial.delete.yes", locale), BASE + "/" + id));
		return "admin/confirm";
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		this.repository.delete(find(id));
		redirect.addFlashAttribute(AdminShell.FLASH, "editorial.redirects.deleted");
		return "redirect:" + BASE;
	}

	private Redirect find(long id) {
		return this.repository.findById(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String form(Long id, String oldPath, String newPath, FormErrors errors, String token, Model model) {
		model.addAttribute("redirect",
				new RedirectForm(id, (id == null) ? BASE : BASE + "/" + id, oldPath, newPath, errors, token));
		return "editorial/admin/redirect";
	}

	private FormErrors errors(RedirectRules.Refusal refusal, Locale locale) {
		return new FormErrors(Map.of(refusal.field(),
				this.messages.getMessage(refusal.key(), new Object[] { refusal.hint() }, refusal.key(), locale)),
				List.of());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
