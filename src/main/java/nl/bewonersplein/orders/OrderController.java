package nl.bewonersplein.orders;

import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public order pages: {@code /bestellen} lists the materials, and
 * {@code /bestellen/toolkit/{slug}} leads from a toolkit to its printed material. See
 * {@link OrderFormController} for the order form itself.
 */
@Controller
class OrderController {

	private final Materials materials;

	private final OrderTexts texts;

	OrderController(Materials materials, OrderTexts texts) {
		this.materials = materials;
		this.texts = texts;
	}

	@GetMapping(OrderPaths.ORDER)
	String list(Locale locale, Model model) {
		List<MaterialView> views = this.materials.all().stream().map((m) -> this.texts.view(m, locale)).toList();
		model.addAttribute("page", new OrderListPage(views, List.of(new Link(this.texts.t("nav.home", locale), "/"),
				new Link(this.texts.t("orders.list.title", locale), OrderPaths.ORDER, true))));
		return "orders/list";
	}

	/** The material that belongs to a toolkit, or the list when it has none. */
	@GetMapping(OrderPaths.ORDER + "/toolkit/{slug}")
	String toolkit(@PathVariable String slug) {
		return "redirect:" + this.materials.forToolkit(slug)
			.map((material) -> OrderPaths.material(material.slug()))
			.orElse(OrderPaths.ORDER);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
