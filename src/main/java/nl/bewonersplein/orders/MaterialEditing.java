package nl.bewonersplein.orders;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.editorial.Slugs;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Materials as the shared edit flow sees them ({@code /admin/materialen}). Saves are one
 * conditional UPDATE on the version the form was opened on, and never touch the stock:
 * orders keep taking it meanwhile, and a hand change goes through the stock page with a
 * reason. A new material's starting stock is recorded as such a change.
 */
@Component
class MaterialEditing implements Editable<MaterialEditing.Held, MaterialForm> {

	static final String BASE = "/admin/materialen";

	/** The reason recorded for a new material's starting stock. */
	static final String START_REASON = "Beginvoorraad van het nieuwe materiaal";

	/** The paths under {@code /bestellen} that are no material. */
	private static final java.util.Set<String> RESERVED = java.util.Set.of("toolkit", "bevestiging");

	private final Materials materials;

	private final Fulfilment fulfilment;

	private final StockNotices notices;

	private final Redirects redirects;

	private final MessageSource messages;

	private final Clock clock;

	private final BodyRenderer renderer;

	MaterialEditing(Materials materials, Fulfilment fulfilment, StockNotices notices, Redirects redirects,
			MessageSource messages, Clock clock, BodyRenderer renderer) {
		this.renderer = renderer;
		this.materials = materials;
		this.fulfilment = fulfilment;
		this.notices = notices;
		this.redirects = redirects;
		this.messages = messages;
		this.clock = clock;
	}

	/** A material being edited, with its version and place; refreshed after a save. */
	static final class Held {

		private Material material;

		private long version;

		private long position;

		Held(Material material, long version, long position) {
			this.material = material;
			this.version = version;
			this.position = position;
		}

		Material material() {
			return this.material;
		}

	}

	@Override
	public String base() {
		return BASE;
	}

	@Override
	public String kind() {
		return "material";
	}

	@Override
	public Optional<Held> find(long id) {
		return this.materials.byId(id).map((material) -> {
			long[] editing = this.materials.editing(id);
			return new Held(material, editing[0], editing[1]);
		});
	}

	@Override
	public long id(Held held) {
		return held.material.id();
	}

	@Override
	public long version(Held held) {
		return held.version;
	}

	@Override
	public String subject(Held held) {
		return "Materiaal " + held.material.id() + " \"" + held.material.name() + "\"";
	}

	@Override
	public String title(Held held) {
		return held.material.name();
	}

	@Override
	public String deleteTitleKey() {
		return "orders.admin.edit.title";
	}

	@Override
	public void check(MaterialForm form, Held held, BindingResult result) {
		if (form.hasDate() && form.dateValue() == null && !result.hasFieldErrors("deliveryDate")) {
			result.rejectValue("deliveryDate", "orders.admin.edit.date.invalid");
		}
		if (form.name() == null || result.hasFieldErrors("slug")) {
			return;
		}
		String slug = slug(form);
		if (slug.isEmpty() || RESERVED.contains(slug)) {
			result.rejectValue("slug", slug.isEmpty() ? "form.required" : "orders.admin.edit.slug.taken");
			return;
		}
		this.materials.bySlug(slug)
			.filter((other) -> held == null || other.id() != held.material.id())
			.ifPresent((other) -> result.rejectValue("slug", "orders.admin.edit.slug.taken"));
	}

	@Override
	public String preview(MaterialForm form) {
		return this.renderer.toHtml(MaterialForm.orEmpty(form.description()));
	}

	@Override
	public Held create(MaterialForm form) {
		String slug = slug(form);
		long id = this.materials.add(material(0, slug, form, 0), form.positionValue());
		this.redirects.claimed(OrderPaths.material(slug));
		if (form.stockValue() > 0) {
			this.fulfilment.adjustStock(id, form.stockValue(), START_REASON, actor());
		}
		return find(id).orElseThrow();
	}

	@Override
	public void update(Held held, MaterialForm form) {
		Material before = held.material;
		String slug = slug(form);
		if (!this.materials.edit(material(before.id(), slug, form, before.stock()), form.positionValue(),
				held.version)) {
			throw new ObjectOptimisticLockingFailureException(Material.class, before.id());
		}
		if (!slug.equals(before.slug())) {
			this.redirects.moved(OrderPaths.material(before.slug()), OrderPaths.material(slug), this.clock.instant());
		}
		Held after = find(before.id()).orElseThrow();
		if (!before.open() && after.material.open() && after.material.stock() > 0) {
			this.notices.backInStock(before.id());
		}
		held.material = after.material;
		held.version = after.version;
		held.position = after.position;
	}

	@Override
	public void delete(Held held) {
		// Materials are closed for orders, never deleted: their orders and counts stay.
		throw new UnsupportedOperationException("materials are not deleted");
	}

	@Override
	public MaterialForm form(Held held) {
		return MaterialForm.of(held.material, held.position, held.version);
	}

	@Override
	public Map<String, String> snapshot(MaterialForm form) {
		Map<String, String> fields = new LinkedHashMap<>(Editable.super.snapshot(form));
		// The stock is no field of a saved material: it changes on the stock page.
		fields.remove("stock");
		return fields;
	}

	@Override
	public String show(Held held, MaterialForm form, EditState state, Locale locale, Model model) {
		String heading = (held == null) ? this.messages.getMessage("orders.admin.edit.new", null, locale)
				: this.messages.getMessage("orders.admin.edit.heading", new Object[] { held.material.name() }, locale);
		model.addAttribute("editor",
				new MaterialEditor(heading, (held == null) ? BASE : BASE + "/" + held.material.id(),
						(held == null) ? null : OrderPaths.material(held.material.slug()),
						(held == null) ? null : held.material.stock(), MaterialEditor.Fields.of(form), form.isOpen(),
						state.version(), state.errors(), state.formToken(), state.preview(), canChangeStock()));
		return "orders/admin/material";
	}

	private String slug(MaterialForm form) {
		return Slugs.orProposal(MaterialForm.orEmpty(form.slug()).strip(), form.name(), 80);
	}

	private static Material material(long id, String slug, MaterialForm form, int stock) {
		return new Material(id, slug, form.name().strip(), form.description().strip(),
				MaterialForm.blankToNull(form.imagePath()), MaterialForm.blankToNull(form.imageAlt()),
				form.unit().strip(), stock, form.maxValue(), form.priceCents(), form.deliveryText().strip(),
				form.dateValue(), form.isOpen(), MaterialForm.blankToNull(form.toolkitSlug()));
	}

	/** Whether the signed-in person may open the stock page: coordinators and admins. */
	private static boolean canChangeStock() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return (who != null) && who.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.COORDINATOR.authority().equals(authority.getAuthority())
					|| Role.ADMIN.authority().equals(authority.getAuthority()));
	}

	private static String actor() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return (who != null) ? who.getName() : "systeem";
	}

}
