package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;

import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.admin.AdminListing;
import nl.bewonersplein.editorial.BulkPublication;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.Schedules;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.site.TopLevelPaths;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors manage the static pages (about, contact, privacy) at {@code /admin/paginas}.
 */
@Controller
@RequestMapping(StaticPageAdminController.BASE)
class StaticPageAdminController extends TextAdminController<StaticPage> {

	static final String BASE = "/admin/paginas";

	private final StaticPageRepository pages;

	private final TopLevelPaths taken;

	StaticPageAdminController(StaticPageRepository pages, TopLevelPaths taken, Redirects redirects, BodyRenderer bodies,
			EditFlow flow, MessageSource messages, Clock clock, Schedules schedules, BulkPublication bulk) {
		super(redirects, bodies, flow, messages, clock, schedules, bulk);
		this.pages = pages;
		this.taken = taken;
	}

	@Override
	String base() {
		return BASE;
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
		// The first path segments other pages use, derived from the mappings and menu
		// sections.
		return this.taken.isTaken(slug) ? "content.admin.slug.reserved" : null;
	}

	@Override
	List<AdminListing.Entry> entries(Set<Long> scheduled, Locale locale) {
		return this.pages.findAll(Sort.by("title"))
			.stream()
			.map((page) -> ContentListing.entry(this.messages, locale, page.getId(), page.getTitle(), base(),
					page.getUrl(), page.isPublished(), scheduled.contains(page.getId()), "", List.of(),
					page.getUpdatedAt()))
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
				String.valueOf(page.getVersion()), null);
	}

	@Override
	StaticPage create(TextForm form, Instant now) {
		return this.pages.saveAndFlush(
				new StaticPage(form.slug(), form.title().strip(), form.summary().strip(), orEmpty(form.body()), now));
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
