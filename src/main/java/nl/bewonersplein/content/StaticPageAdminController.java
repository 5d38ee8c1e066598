package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.editorial.Redirects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors manage the static pages (about, contact, privacy) at {@code /admin/paginas}.
 */
@Controller
@RequestMapping("/admin/paginas")
class StaticPageAdminController extends TextAdminController<StaticPage> {

	/** First path segments the site itself uses: a page cannot take them. */
	private static final Set<String> RESERVED = Set.of("nieuws", "kennis", "thema", "toolkit", "agenda", "leden",
			"bestellen", "zoeken", "admin", "inloggen", "uitloggen", "account", "error", "css", "js", "img", "actuator",
			"sitemap", "robots", "favicon");

	private final StaticPageRepository pages;

	StaticPageAdminController(StaticPageRepository pages, Redirects redirects, BodyRenderer bodies,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		super(redirects, bodies, events, messages, clock);
		this.pages = pages;
	}

	@Override
	String base() {
		return "/admin/paginas";
	}

	@Override
	String keys() {
		return "content.admin.pages";
	}

	@Override
	String kind() {
		return "page";
	}

	@Override
	boolean hasPosition() {
		return false;
	}

	@Override
	String reservedSlug(String slug) {
		return RESERVED.contains(slug) ? "content.admin.slug.reserved" : null;
	}

	@Override
	List<AdminList.Row> rows(Locale locale) {
		return this.pages.findAll(Sort.by("title"))
			.stream()
			.map((page) -> new AdminList.Row(page.getTitle(), base() + "/" + page.getId(), page.getUrl(),
					state(page.isPublished(), locale), Dates.shortDate(page.getUpdatedAt())))
			.toList();
	}

	@Override
	Optional<StaticPage> find(long id) {
		return this.pages.findById(id);
	}

	@Override
	Optional<StaticPage> findBySlug(String slug) {
		return this.pages.findBySlug(slug);
	}

	@Override
	TextForm form(StaticPage page) {
		return new TextForm(page.getSlug(), page.getTitle(), page.getSummary(), page.getBody(), null,
				String.valueOf(page.getVersion()));
	}

	@Override
	StaticPage create(TextForm form, Instant now) {
		return this.pages
			.save(new StaticPage(form.slug(), form.title().strip(), form.summary().strip(), orEmpty(form.body()), now));
	}

	@Override
	void edit(StaticPage page, TextForm form, Instant now) {
		page.edit(form.slug(), form.title().strip(), form.summary().strip(), orEmpty(form.body()), now);
		this.pages.saveAndFlush(page);
	}

	@Override
	void delete(StaticPage page) {
		this.pages.delete(page);
	}

	@Override
	String url(String slug) {
		return "/" + slug;
	}

}
