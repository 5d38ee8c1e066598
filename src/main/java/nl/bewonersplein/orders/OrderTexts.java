package nl.bewonersplein.orders;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.media.BodyRenderer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The orders module's texts in the visitor's language, and materials ready to show. */
@Component
class OrderTexts {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final MessageSource messages;

	private final BodyRenderer bodies;

	OrderTexts(MessageSource messages, BodyRenderer bodies) {
		this.messages = messages;
		this.bodies = bodies;
	}

	String t(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	/** A text in Dutch, for mails and documents. */
	String nl(String key, Object... args) {
		return t(key, DUTCH, args);
	}

	MaterialView view(Material material, Locale locale) {
		String availability;
		if (!material.open()) {
			availability = t("orders.material.closed", locale);
		}
		else if (material.stock() <= 0) {
			availability = t("orders.material.sold-out", locale);
		}
		else {
			availability = t("orders.material.available", locale);
		}
		String price = (material.priceCents() == 0) ? t("orders.material.free", locale) : t("orders.material.price",
				locale,
				String.format(Locale.ROOT, "%d,%02d", material.priceCents() / 100, material.priceCents() % 100));
		String delivery = material.deliveryText();
		if (material.deliveryDate() != null) {
			delivery = t("orders.material.delivery-by", locale, material.deliveryText(),
					material.deliveryDate().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale)));
		}
		List<String> paragraphs = Arrays.stream(material.description().split("\\n\\s*\\n"))
			.map((p) -> p.replaceAll("[*_#>`\\[\\]]+", "").replaceAll("\\s+", " ").strip())
			.filter((p) -> !p.isEmpty())
			.toList();
		return new MaterialView(material.slug(), material.name(), OrderPaths.material(material.slug()), paragraphs,
				this.bodies.toHtml(material.description()), material.image(),
				(material.imageAlt() != null) ? material.imageAlt() : "", material.unit(), price, delivery,
				availability, material.orderable(), material.open() && material.stock() <= 0, material.maxPerOrder());
	}

}
