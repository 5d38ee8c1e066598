package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.admin.AdminListing;
import nl.bewonersplein.admin.ListQuery;
import nl.bewonersplein.editorial.BulkPublication;
import nl.bewonersplein.editorial.DeletableEditController;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Publishable;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.editorial.Schedules;
import nl.bewonersplein.media.BodyRenderer;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin of a text kind with a slug, title, summary and CommonMark body (themes and
 * static pages): the shared list with bulk publishing (mapped by
 * {@link TextListAdminController}), and create, edit, publish and delete through the
 * shared {@link EditFlow} (those handlers are {@link DeletableEditController}'s). A
 * changed slug keeps the old address working.
 *
 * @param <T> the entity
 */
abstract class TextAdminController<T extends EditableText> extends DeletableEditController<T, TextForm> {

	private final Redirects redirects;

	private final BodyRenderer bodies;

	final MessageSource messages;

	final Clock clock;

	private final Editable<T, TextForm> editable = new Editing();

	private final Schedules schedules;

	private final BulkPublication bulk;

	TextAdminController(Redirects redirects, BodyRenderer bodies, EditFlow flow, MessageSource messages, Clock clock,
			Schedules schedules, BulkPublication bulk) {
		super(flow, TextForm::empty, TextForm::withProposedSlug);
		this.schedules = schedules;
		this.bulk = bulk;
		this.redirects = redirects;
		this.bodies = bodies;
		this.messages = messages;
		this.clock = clock;
	}

	/** E.g. {@code /admin/themas}. */
	abstract String base();

	/** Message key prefix, e.g. {@code content.admin.themes}. */
	abstract String keys();

	/** Audit name, e.g. {@code theme}. */
	abstract String kind();

	abstract boolean hasPosition();

	/** Every item for the admin list ({@link ContentListing#entry}). */
	abstract List<AdminListing.Entry> entries(Set<Long> scheduled, Locale locale);

	abstract Optional<T> find(long id);

	abstract Optional<T> findBySlug(String slug);

	abstract TextForm form(T item);

	abstract T create(TextForm form, Instant now);

	abstract void edit(T item, TextForm form, Instant now);

	abstract void delete(T item);

	abstract String url(String slug);

	/** Why a slug cannot be used, as a message key, or null. */
	String reservedSlug(String slug) {
		return null;
	}

	/** The list with filters and counts ({@link TextListAdminController} maps it). */
	@Transactional(readOnly = true)
	String list(Map<String, String> parameters, Locale locale, Model model) {
		List<AdminListing.Entry> entries = entries(this.schedules.scheduledIds(kind()), locale);
		model.addAttribute("list", AdminListing.of(text(keys(), locale), base(), text(keys() + ".new", locale), true,
				entries, ListQuery.of(parameters)));
		return ContentListing.TEMPLATE;
	}

	/**
	 * Publishes or takes offline the ticked items ({@link TextListAdminController} maps
	 * it).
	 */
	String publishSeveral(List<Long> ids, String action, RedirectAttributes redirect) {
		return this.bulk.apply(this.editable, ids, "publiceren".equals(action), redirect);
	}

	@Override
	protected Editable<T, TextForm> editable() {
		return this.editable;
	}

	static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/** The text kind as the edit flow sees it. */
	private final class Editing implements Editable<T, TextForm>, Publishable<T> {

		@Override
		public String base() {
			return TextAdminController.this.base();
		}

		@Override
		public String kind() {
			return TextAdminController.this.kind();
		}

		@Override
		public Optional<T> find(long id) {
			return TextAdminController.this.find(id);
		}

		@Override
		public long id(T item) {
			return item.getId();
		}

		@Override
		public long version(T item) {
			return item.getVersion();
		}

		/** How the audit log names a text item, e.g. {@code Thema 3 "Zorg"}. */
		@Override
		public String subject(T item) {
			return text(keys() + ".subject", Locale.forLanguageTag("nl")) + " " + item.getId() + " \"" + item.getTitle()
					+ "\"";
		}

		@Override
		public String title(T item) {
			return item.getTitle();
		}

		@Override
		public String deleteTitleKey() {
			return keys() + ".delete";
		}

		@Override
		public TextForm form(T item) {
			return TextAdminController.this.form(item);
		}

		@Override
		public boolean online(T item, Instant now) {
			return item.isPublished();
		}

		@Override
		public void publish(T item, Instant at) {
			item.setPublished(true);
		}

		@Override
		public void unpublish(T item) {
			item.setPublished(false);
		}

		@Override
		public String publicPath(T item) {
			return url(TextAdminController.this.form(item).slug());
		}

		@Override
		public void check(TextForm form, T item, BindingResult result) {
			if ((form.slug() == null || form.slug().isBlank()) && !result.hasFieldErrors("slug")) {
				result.rejectValue("slug", "form.required");
			}
			if (form.slug() == null || result.hasFieldErrors("slug")) {
				return;
			}
			String reserved = reservedSlug(form.slug());
			if (reserved != null) {
				result.rejectValue("slug", reserved);
				return;
			}
			findBySlug(form.slug()).filter((other) -> item == null || !other.getId().equals(item.getId()))
				.ifPresent((other) -> result.rejectValue("slug", "content.admin.slug.taken"));
			if (hasPosition() && form.positionValue() == null && !result.hasFieldErrors("position")) {
				result.rejectValue("position", "form.required");
			}
		}

		@Override
		public String preview(TextForm form) {
			return TextAdminController.this.bodies.toHtml(form.body());
		}

		@Override
		public T create(TextForm form) {
			T item = TextAdminController.this.create(form, TextAdminController.this.clock.instant());
			TextAdminController.this.redirects.claimed(url(form.slug()));
			return item;
		}

		@Override
		public void update(T item, TextForm form) {
			String oldUrl = url(form(item).slug());
			edit(item, form, TextAdminController.this.clock.instant());
			TextAdminController.this.redirects.moved(oldUrl, url(form.slug()),
					TextAdminController.this.clock.instant());
		}

		@Override
		public void delete(T item) {
			TextAdminController.this.redirects.removed(url(form(item).slug()));
			TextAdminController.this.delete(item);
		}

		@Override
		public String show(T item, TextForm form, EditState state, Locale locale, Model model) {
			String heading = (item == null) ? text(keys() + ".new", locale) : TextAdminController.this.messages
				.getMessage("content.admin.edit", new Object[] { item.getTitle() }, locale);
			String self = (item == null) ? base() : base() + "/" + item.getId();
			model.addAttribute("editor", new TextEditor(heading, self, (item == null) ? "" : self + "/publicatie",
					item != null && item.isPublished(), (item == null) ? "" : self + "/verwijderen",
					(item == null) ? "" : url(form(item).slug()),
					TextAdminController.this.messages.getMessage("content.admin.slug.address",
							new Object[] { url("…") }, locale),
					orEmpty(form.slug()), orEmpty(form.title()), orEmpty(form.summary()), orEmpty(form.body()),
					hasPosition() ? orEmpty(form.position()) : null, state.version(), state.errors(), state.conflict(),
					state.preview(), state.formToken()));
			return "content/admin/text";
		}

	}

}
