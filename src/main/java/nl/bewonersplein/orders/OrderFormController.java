package nl.bewonersplein.orders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.context.MessageSource;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A material's page with the order form at {@code /bestellen/{slug}}, and the
 * confirmation page. Sibling of {@link OrderController} (the list). An order needs no
 * account; the form token makes a double click or a resubmit one order.
 */
@Controller
class OrderFormController {

	private static final int LOCK_ATTEMPTS = 5;

	private final Materials materials;

	private final OrderPlacement placement;

	private final FormSubmissions submissions;

	private final OrderTexts texts;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final StockNotices notices;

	OrderFormController(Materials materials, OrderPlacement placement, FormSubmissions submissions, OrderTexts texts,
			MessageSource messages, JdbcTemplate jdbc, StockNotices notices) {
		this.notices = notices;
		this.materials = materials;
		this.placement = placement;
		this.submissions = submissions;
		this.texts = texts;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@GetMapping(OrderPaths.ORDER + "/{slug}")
	String material(@PathVariable String slug, @RequestParam(name = "aangemeld", required = false) String notified,
			Locale locale, Model model) {
		Material material = this.materials.bySlug(slug).orElseThrow(OrderController::notFound);
		model.addAttribute("page", page(material, OrderForm.empty(this.submissions.newToken()), null,
				(notified != null) ? this.texts.t("orders.notify.done", locale) : null, FormErrors.NONE, locale));
		return "orders/material";
	}

	/** "Houd me op de hoogte": one mail when a sold-out material is back. */
	@PostMapping(OrderPaths.ORDER + "/{slug}/houd-me-op-de-hoogte")
	String notifyMe(@PathVariable String slug, @RequestParam(name = "email", required = false) String email,
			Locale locale, Model model, HttpServletResponse response) {
		Material material = this.materials.bySlug(slug).orElseThrow(OrderController::notFound);
		String address = (email == null) ? "" : email.strip();
		if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String token = this.submissions.newToken();
			OrderForm typed = new OrderForm("1", "", "", "", "", "", "", "", address, "", "", token);
			model.addAttribute("page", page(material, typed, null, null,
					new FormErrors(Map.of("email", this.texts.t("form.email", locale)), List.of()), locale));
			return "orders/material";
		}
		this.notices.ask(material.id(), address);
		return "redirect:" + OrderPaths.material(slug) + "?aangemeld";
	}

	@PostMapping(OrderPaths.ORDER + "/{slug}")
	String order(@PathVariable String slug, @Valid @ModelAttribute OrderForm form, BindingResult result, Locale locale,
			Model model, HttpServletResponse response) {
		Material material = this.materials.bySlug(slug).orElseThrow(OrderController::notFound);
		OrderForm kept = FormSubmissions.isToken(form.formToken()) ? form : form.withToken(this.submissions.newToken());
		Optional<DutchPostcode> postcode = DutchPostcode.parse(form.postcode());
		check(material, form, postcode, result);
		if (result.hasErrors()) {
			Optional<String> earlier = this.submissions.earlier(form.formToken());
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					page(material, kept, null, null, FormErrors.of(result, this.messages, locale), locale));
			return "orders/material";
		}
		OrderForm normal = kept.withPostcode(postcode.get().value());
		try {
			FormSubmissions.Outcome outcome = submit(material, normal, postcode.get());
			if (outcome instanceof FormSubmissions.Outcome.Done done) {
				return "redirect:" + done.location();
			}
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("page", page(material, normal, this.texts.t("orders.form.conflict", locale), null,
					FormErrors.NONE, locale));
			return "orders/material";
		}
		catch (SoldOut ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Material now = this.materials.byId(material.id()).orElse(material);
			model.addAttribute("page",
					page(now, normal, this.texts.t("orders.form.sold-out", locale), null, FormErrors.NONE, locale));
			return "orders/material";
		}
		catch (AddressLimitReached ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page",
					page(material, normal, this.texts.t("orders.form.limit", locale), null, FormErrors.NONE, locale));
			return "orders/material";
		}
	}

	/**
	 * Places the order once for its token. A lock the database gave up waiting for (H2
	 * waits 2 s for a row lock, under a rush of orders for one material) rolls everything
	 * back, token included, so the order is simply tried again.
	 */
	private FormSubmissions.Outcome submit(Material material, OrderForm form, DutchPostcode postcode) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.submissions.submit(form.formToken(), () -> this.placement.place(material, form, postcode));
			}
			catch (TransientDataAccessException ex) {
				if (attempt >= LOCK_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	@GetMapping(OrderPaths.ORDER + "/bevestiging/{key}")
	String confirmation(@PathVariable String key, Locale locale, Model model, HttpServletResponse response) {
		List<ConfirmationPage> found = this.jdbc
			.query("select o.id, o.quantity, o.name, o.initiative, o.street, o.house_number, o.addition, o.postcode,"
					+ " o.town, o.email, o.material_id from material_order o where o.public_key = ?"
					+ " and o.anonymised_at is null", (rs, row) -> {
						Material material = this.materials.byId(rs.getLong("material_id")).orElseThrow();
						return new ConfirmationPage(OrderPlacement.number(rs.getLong("id")), material.name(),
								rs.getInt("quantity") + " × " + material.unit(),
								this.texts.view(material, locale).delivery(),
								Addresses.lineList(rs.getString("name"), rs.getString("initiative"),
										rs.getString("street"), rs.getString("house_number"), rs.getString("addition"),
										rs.getString("postcode"), rs.getString("town")),
								rs.getString("email"),
								List.of(new Link(this.texts.t("nav.home", locale), "/"),
										new Link(this.texts.t("orders.list.title", locale), OrderPaths.ORDER),
										new Link(this.texts.t("orders.confirmation.crumb", locale), "", true)));
					}, key);
		if (found.isEmpty()) {
			throw OrderController.notFound();
		}
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		model.addAttribute("page", found.get(0));
		return "orders/confirmation";
	}

	private void check(Material material, OrderForm form, Optional<DutchPostcode> postcode, BindingResult result) {
		if (!result.hasFieldErrors("aantal")) {
			int quantity = form.quantity();
			if (quantity < 1 || quantity > material.maxPerOrder()) {
				result.rejectValue("aantal", "orders.form.quantity.range", new Object[] { material.maxPerOrder() },
						null);
			}
		}
		if (!form.postcode().isEmpty() && postcode.isEmpty()) {
			result.rejectValue("postcode", "orders.form.postcode.invalid");
		}
		if (form.email().isEmpty() && form.telefoon().isEmpty()) {
			result.rejectValue("email", "orders.form.email-or-phone");
		}
		if (!form.consent()) {
			result.rejectValue("toestemming", "orders.form.consent.required");
		}
	}

	MaterialPage page(Material material, OrderForm form, String problem, String notified, FormErrors errors,
			Locale locale) {
		MaterialView view = this.texts.view(material, locale);
		return new MaterialPage(view, view.href(), view.href() + "/houd-me-op-de-hoogte", form.aantal(), form.naam(),
				form.initiatief(), form.postcode(), form.huisnummer(), form.toevoeging(), form.straat(), form.plaats(),
				form.email(), form.telefoon(), form.consent(), form.formToken(), problem, notified, errors,
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("orders.list.title", locale), OrderPaths.ORDER),
						new Link(material.name(), view.href(), true)));
	}

}
