package nl.bewonersplein.orders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.editorial.Editable;

/**
 * What a coordinator or editor submits for a material at {@code /admin/materialen}. The
 * stock is only typed for a new material (its starting stock, recorded with a reason);
 * after that it changes only on the stock page, with a reason.
 *
 * @param name its name
 * @param slug its address under {@code /bestellen}, or empty to derive it from the name
 * @param description what it is (the body format)
 * @param imagePath its image from the media library, or empty
 * @param imageAlt the image's text alternative
 * @param unit what one unit is
 * @param stock the starting stock (new materials only)
 * @param maxPerOrder most units per order
 * @param price the price per unit in euros, 0 is free
 * @param deliveryText when it arrives
 * @param deliveryDate the date it arrives by (d-m-jjjj), or empty
 * @param open "true" when it can be ordered
 * @param toolkitSlug the toolkit it belongs to, or empty
 * @param position its place in the list
 * @param version the version the form was opened on
 * @param formToken the new material's one-time token
 */
record MaterialForm(@NotBlank(message = "{form.required}") @Size(max = 160, message = "{form.too-long}") String name,
		@Size(max = 80, message = "{form.too-long}") @Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*",
				message = "{orders.admin.edit.slug.invalid}") String slug,
		@NotBlank(message = "{form.required}") @Size(max = 4000, message = "{form.too-long}") String description,
		@Size(max = 300, message = "{form.too-long}") @Pattern(regexp = "(/[^/\\\\\\s][^\\\\\\s]*)?",
				message = "{content.admin.image.invalid}") String imagePath,
		@Size(max = 300, message = "{form.too-long}") String imageAlt,
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String unit,
		@Pattern(regexp = "\\s*([0-9]{1,6})?\\s*", message = "{orders.admin.edit.number.invalid}") String stock,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "\\s*([1-9][0-9]{0,2})\\s*",
				message = "{orders.admin.edit.max.invalid}") String maxPerOrder,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "\\s*[0-9]{1,4}([,.][0-9]{2})?\\s*",
				message = "{orders.admin.edit.price.invalid}") String price,
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String deliveryText,
		@Pattern(regexp = "\\s*([0-9]{1,2}-[0-9]{1,2}-[0-9]{4})?\\s*",
				message = "{orders.admin.edit.date.invalid}") String deliveryDate,
		String open, @Size(max = 80, message = "{form.too-long}") String toolkitSlug,
		@NotBlank(message = "{form.required}") @Pattern(regexp = "\\s*([0-9]|[1-9][0-9]{1,2}|1000)\\s*",
				message = "{content.admin.position.invalid}") String position,
		String version, String formToken) implements Editable.Form {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	static MaterialForm empty() {
		return new MaterialForm("", "", "", "", "", "", "0", "5", "0", "", "", "true", "", "50", null, null);
	}

	static MaterialForm of(Material material, long position, long version) {
		int cents = material.priceCents();
		String price = (cents % 100 == 0) ? Integer.toString(cents / 100)
				: String.format(Locale.ROOT, "%d,%02d", cents / 100, cents % 100);
		return new MaterialForm(material.name(), material.slug(), material.description(), orEmpty(material.image()),
				orEmpty(material.imageAlt()), material.unit(), null, Integer.toString(material.maxPerOrder()), price,
				material.deliveryText(), (material.deliveryDate() != null) ? material.deliveryDate().format(DATE) : "",
				Boolean.toString(material.open()), orEmpty(material.toolkitSlug()), Long.toString(position),
				Long.toString(version), null);
	}

	@Override
	public Long versionValue() {
		return (this.version == null || !this.version.strip().matches("[0-9]{1,18}")) ? null
				: Long.valueOf(this.version.strip());
	}

	boolean isOpen() {
		return "true".equals(this.open);
	}

	int stockValue() {
		return (this.stock == null || this.stock.isBlank()) ? 0 : Integer.parseInt(this.stock.strip());
	}

	int maxValue() {
		return Integer.parseInt(this.maxPerOrder.strip());
	}

	int positionValue() {
		return Integer.parseInt(this.position.strip());
	}

	int priceCents() {
		String[] parts = this.price.strip().split("[,.]");
		return Integer.parseInt(parts[0]) * 100 + ((parts.length > 1) ? Integer.parseInt(parts[1]) : 0);
	}

	/** The delivery date, or null when none is given or it is no real date. */
	LocalDate dateValue() {
		if (this.deliveryDate == null || this.deliveryDate.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.deliveryDate.strip(), DATE);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	boolean hasDate() {
		return this.deliveryDate != null && !this.deliveryDate.isBlank();
	}

	static String orEmpty(String value) {
		return (value == null) ? "" : value;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
