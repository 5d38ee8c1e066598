package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.admin.AdminListing;
import nl.bewonersplein.admin.ListQuery;
import nl.bewonersplein.editorial.BulkPublication;
import nl.bewonersplein.editorial.Schedules;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' list of articles at {@code /admin/artikelen} (the shared
 * {@link AdminListing}: search, filters by status and theme, order, pages), where several
 * can be published or taken offline at once.
 */
@Controller
@RequestMapping(ArticleEditing.BASE)
class ArticleListAdminController {

	private final ArticleRepository articles;

	private final ArticleEditing editing;

	private final MessageSource messages;

	private final Clock clock;

	private final Schedules schedules;

	private final BulkPublication bulk;

	ArticleListAdminController(ArticleRepository articles, ArticleEditing editing, MessageSource messages, Clock clock,
			Schedules schedules, BulkPublication bulk) {
		this.articles = articles;
		this.editing = editing;
		this.messages = messages;
		this.clock = clock;
		this.schedules = schedules;
		this.bulk = bulk;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		Set<Long> scheduled = this.schedules.scheduledIds(this.editing.kind());
		Instant now = this.clock.instant();
		List<AdminListing.Entry> entries = this.articles.findAllForAdmin()
			.stream()
			.map((article) -> ContentListing.entry(this.messages, locale, article.getId(), article.getTitle(),
					ArticleEditing.BASE, article.getUrl(), article.isPublished(now),
					scheduled.contains(article.getId()), text(article.getKind().labelKey(), locale),
					article.getThemes().stream().map(Theme::getTitle).sorted().toList(), article.getUpdatedAt()))
			.toList();
		model.addAttribute("list", AdminListing.of(text("content.admin.articles", locale), ArticleEditing.BASE,
				text("content.admin.articles.new", locale), true, entries, ListQuery.of(parameters)));
		return ContentListing.TEMPLATE;
	}

	@PostMapping("/publicatie")
	String publishSeveral(@RequestParam(name = "id", required = false) List<Long> ids,
			@RequestParam(name = "actie", defaultValue = "") String action, RedirectAttributes redirect) {
		return this.bulk.apply(this.editing, ids, "publiceren".equals(action), redirect);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
