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

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Editors manage the themes (dossiers) at {@code /admin/themas}. */
@Controller
@RequestMapping(ThemeAdminController.BASE)
class ThemeAdminController extends TextAdminController<Theme> {

	static final String BASE = "/admin/themas";

	private final ThemeRepository themes;

	ThemeAdminController(ThemeRepository themes, Redirects redirects, BodyRenderer bodies, EditFlow flow,
			MessageSource messages, Clock clock, Schedules schedules, BulkPublication bulk) {
		super(redirects, bodies, flow, messages, clock, schedules, bulk);
		this.themes = themes;
	}

	@Override
	String base() {
		return BASE;
	}

	@Override
	String keys() {
		return "content.admin.themes";
	}

	@Override
	String kind() {
		return "theme";
	}

	@Override
	boolean hasPosition() {
		return true;
	}

	@Override
	List<AdminListing.Entry> entries(Set<Long> scheduled, Locale locale) {
		return this.themes.findAllByOrderByPositionAscTitleAsc()
			.stream()
			.map((theme) -> ContentListing.entry(this.messages, locale, theme.getId(), theme.getTitle(), base(),
					theme.getUrl(), theme.isPublished(), scheduled.contains(theme.getId()),
					text("content.admin.list.position", locale, theme.getPosition()), List.of(), theme.getUpdatedAt()))
			.toList();
	}

	@Override
	Optional<Theme> find(long id) {
		return this.themes.findById(id);
	}

	@Override
	Optional<Theme> findBySlug(String slug) {
		return this.themes.findBySlug(slug);
	}

	@Override
	TextForm form(Theme theme) {
		return new TextForm(theme.getSlug(), theme.getTitle(), theme.getSummary(), theme.getBody(),
				String.valueOf(theme.getPosition()), String.valueOf(theme.getVersion()), null);
	}

	@Override
	Theme create(TextForm form, Instant now) {
		return this.themes.saveAndFlush(new Theme(form.slug(), form.title().strip(), form.summary().strip(),
				orEmpty(form.body()), form.positionValue(), now));
	}

	@Override
	void edit(Theme theme, TextForm form, Instant now) {
		theme.edit(form.slug(), form.title().strip(), form.summary().strip(), orEmpty(form.body()),
				form.positionValue(), now);
		this.themes.saveAndFlush(theme);
	}

	@Override
	void delete(Theme theme) {
		this.themes.delete(theme);
	}

	@Override
	String url(String slug) {
		return "/thema/" + slug;
	}

}
