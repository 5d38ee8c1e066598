package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.audit.AuditEvent;
import nl.bewonersplein.admin.Confirmation;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors write, preview, publish, unpublish and delete articles at
 * {@code /admin/artikelen}. A changed slug keeps the old address working; a stale edit is
 * refused with a message instead of overwriting someone else's work.
 */
@Controller
@RequestMapping("/admin/artikelen")
@Transactional
class ArticleAdminController {

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final SupporterRepository supporters;

	private final Redirects redirects;

	private final BodyRenderer bodies;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final FormSubmissions submissions;

	ArticleAdminController(ArticleRepository articles, ThemeRepository themes, SupporterRepository supporters,
			Redirects redirects, BodyRenderer bodies, ApplicationEventPublisher events, MessageSource messages,
			Clock clock, FormSubmissions submissions) {
		this.articles = articles;
		this.themes = themes;
		this.supporters = supporters;
		this.redirects = redirects;
		this.bodies = bodies;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.submissions = submissions;
	}

	@InitBinder
	void noNulBytes(WebDataBinder binder) {
		AdminForms.dropNulBytes(binder);
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Locale locale, Model model) {
		List<AdminList.Row> rows = this.articles.findAllForAdmin()
			.stream()
			.map((article) -> new AdminList.Row(article.getTitle(), "/admin/artikelen/" + article.getId(),
					article.isPublished(this.clock.instant()) ? article.getUrl() : "",
					text(article.getKind().labelKey(), locale) + " · "
							+ text(article.isPublished(this.clock.instant()) ? "content.admin.published"
									: "content.admin.draft", locale),
					Dates.shortDate(article.getUpdatedAt())))
			.toList();
		model.addAttribute("list", new AdminList(text("content.admin.articles", locale), "/admin/artikelen/nieuw",
				text("content.admin.articles.new", locale), rows));
		return "content/admin/list";
	}

	@GetMapping("/nieuw")
	@Transactional(readOnly = true)
	String create(Locale locale, Model model) {
		return form(null, ArticleForm.empty(this.submissions.newToken()), FormErrors.NONE, false, "", locale, model);
	}

	@PostMapping
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	String add(@Valid ArticleForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		check(form, null, result);
		Optional<String> earlier = result.hasErrors() ? this.submissions.earlier(form.formToken()) : Optional.empty();
		if (earlier.isPresent()) {
			return "redirect:" + earlier.get();
		}
		if (result.hasErrors() || preview != null) {
			response.setStatus(result.hasErrors() ? 422 : 200);
			return form(null, form, FormErrors.of(result, this.messages, locale), false,
					(preview != null) ? this.bodies.toHtml(form.body()) : "", locale, model);
		}
		FormSubmissions.Outcome outcome = this.submissions.submit(form.formToken(), () -> {
			Article article = new Article(form.kindValue(), form.slug(), form.title().strip(), form.summary().strip(),
					ArticleForm.orEmpty(form.body()), this.clock.instant());
			apply(article, form);
			this.articles.saveAndFlush(article);
			this.redirects.claimed(article.getUrl());
			this.events.publishEvent(new AuditEvent("article.created", subject(article)));
			return "/admin/artikelen/" + article.getId();
		});
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
			return "redirect:" + done.location();
		}
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return form(null, form, new FormErrors(Map.of(), List.of(text("form.conflict", locale))), false, "", locale,
				model);
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, Locale locale, Model model) {
		Article article = find(id);
		return form(article, ArticleForm.of(article), FormErrors.NONE, false, "", locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid ArticleForm form, BindingResult result,
			@RequestParam(name = "voorbeeld", required = false) String preview, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Article article = find(id);
		check(form, article, result);
		boolean stale = !result.hasErrors()
				&& (form.versionValue() == null || form.versionValue() != article.getVersion());
		if (result.hasErrors() || preview != null || stale) {
			response.setStatus((result.hasErrors() || stale) ? (stale ? 409 : 422) : 200);
			return form(article, form, FormErrors.of(result, this.messages, locale), stale,
					(preview != null) ? this.bodies.toHtml(form.body()) : "", locale, model);
		}
		String oldUrl = article.getUrl();
		article.edit(form.kindValue(), form.slug(), form.title().strip(), form.summary().strip(),
				ArticleForm.orEmpty(form.body()), this.clock.instant());
		apply(article, form);
		if (!oldUrl.equals(article.getUrl())) {
			this.redirects.moved(oldUrl, article.getUrl(), this.clock.instant());
		}
		this.articles.saveAndFlush(article);
		this.events.publishEvent(new AuditEvent("article.updated", subject(article)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.saved");
		return "redirect:/admin/artikelen/" + id;
	}

	@PostMapping("/{id}/publicatie")
	String publication(@PathVariable long id,
			@RequestParam(name = "publiceren", defaultValue = "false") boolean publish, RedirectAttributes redirect) {
		Article article = find(id);
		if (publish) {
			article.publish((article.getPublishedAt() != null) ? article.getPublishedAt() : this.clock.instant());
		}
		else {
			article.unpublish();
		}
		this.events
			.publishEvent(new AuditEvent(publish ? "article.published" : "article.unpublished", subject(article)));
		redirect.addFlashAttribute(AdminShell.FLASH,
				publish ? "content.admin.published.done" : "content.admin.unpublished.done");
		return "redirect:/admin/artikelen/" + id;
	}

	@GetMapping("/{id}/verwijderen")
	@Transactional(readOnly = true)
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		Article article = find(id);
		model.addAttribute("confirmation",
				new Confirmation(text("content.admin.articles.delete", locale),
						this.messages.getMessage("content.admin.delete.question", new Object[] { article.getTitle() },
								locale),
						"/admin/artikelen/" + id + "/verwijderen", text("content.admin.delete.yes", locale),
						"/admin/artikelen/" + id));
		return "admin/confirm";
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Article article = find(id);
		this.redirects.removed(article.getUrl());
		this.articles.delete(article);
		this.events.publishEvent(new AuditEvent("article.deleted", subject(article)));
		redirect.addFlashAttribute(AdminShell.FLASH, "content.admin.deleted");
		return "redirect:/admin/artikelen";
	}

	private void check(ArticleForm form, Article article, BindingResult result) {
		if (form.slug() != null && !result.hasFieldErrors("slug")) {
			this.articles.findBySlug(form.slug())
				.filter((other) -> article == null || !other.getId().equals(article.getId()))
				.ifPresent((other) -> result.rejectValue("slug", "content.admin.slug.taken"));
		}
		if (ArticleForm.blankToNull(form.imagePath()) != null && ArticleForm.blankToNull(form.imageAlt()) == null) {
			result.rejectValue("imageAlt", "content.admin.image.alt");
		}
		if (ArticleForm.blankToNull(form.ctaLabel()) != null && ArticleForm.blankToNull(form.ctaUrl()) == null) {
			result.rejectValue("ctaUrl", "form.required");
		}
	}

	private void apply(Article article, ArticleForm form) {
		article.setImage(ArticleForm.blankToNull(form.imagePath()), ArticleForm.blankToNull(form.imageAlt()),
				ArticleForm.blankToNull(form.imageCaption()));
		article.setCallToAction(ArticleForm.blankToNull(form.ctaLabel()), ArticleForm.blankToNull(form.ctaUrl()));
		article.getThemes().clear();
		article.getThemes().addAll(this.themes.findAllById(form.themeIds()));
		article.getSupporters().clear();
		article.getSupporters().addAll(this.supporters.findAllById(form.supporterIds()));
		article.getPins().clear();
		article.getPins().addAll(form.pinList());
	}

	private String form(Article article, ArticleForm form, FormErrors errors, boolean conflict, String preview,
			Locale locale, Model model) {
		Set<Long> chosenThemes = new HashSet<>(form.themeIds());
		Set<Long> chosenSupporters = new HashSet<>(form.supporterIds());
		List<Link> kinds = List.of(ArticleKind.values())
			.stream()
			.map((kind) -> new Link(text(kind.labelKey(), locale), kind.name(), kind.name().equals(form.kind())))
			.toList();
		List<Link> themeOptions = this.themes.findAllByOrderByPositionAscTitleAsc()
			.stream()
			.map((theme) -> new Link(theme.getTitle(), String.valueOf(theme.getId()),
					chosenThemes.contains(theme.getId())))
			.toList();
		List<Link> supporterOptions = this.supporters.findAll()
			.stream()
			.map((supporter) -> new Link(supporter.getName(), String.valueOf(supporter.getId()),
					chosenSupporters.contains(supporter.getId())))
			.toList();
		boolean published = article != null && article.isPublished(this.clock.instant());
		model.addAttribute("editor", new ArticleEditor(
				(article == null) ? text("content.admin.articles.new", locale)
						: this.messages.getMessage("content.admin.articles.edit", new Object[] { article.getTitle() },
								locale),
				(article == null) ? "/admin/artikelen" : "/admin/artikelen/" + article.getId(),
				(article != null) ? article.getId() : null, published, (article != null) ? article.getUrl() : "",
				ArticleForm.orEmpty(form.kind()), ArticleForm.orEmpty(form.slug()), ArticleForm.orEmpty(form.title()),
				ArticleForm.orEmpty(form.summary()), ArticleForm.orEmpty(form.body()),
				ArticleForm.orEmpty(form.imagePath()), ArticleForm.orEmpty(form.imageAlt()),
				ArticleForm.orEmpty(form.imageCaption()), ArticleForm.orEmpty(form.ctaLabel()),
				ArticleForm.orEmpty(form.ctaUrl()), ArticleForm.orEmpty(form.pins()),
				conflict ? Long.valueOf(article.getVersion()) : form.versionValue(), kinds, themeOptions,
				supporterOptions, errors, conflict, preview, (article == null) ? formToken(form) : null));
		return "content/admin/article";
	}

	private String formToken(ArticleForm form) {
		return FormSubmissions.isToken(form.formToken()) ? form.formToken() : this.submissions.newToken();
	}

	private Article find(long id) {
		return this.articles.findById(id).orElseThrow(ContentErrors::notFound);
	}

	private static String subject(Article article) {
		return "Artikel " + article.getId() + " \"" + article.getTitle() + "\"";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String lostRace() {
		// Two saves at the same moment: the database refused the later one; reopening the
		// list shows the saved state.
		return "redirect:/admin/artikelen";
	}

}
