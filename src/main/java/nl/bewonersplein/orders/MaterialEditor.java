package nl.bewonersplein.orders;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;

/**
 * The form for a material in the admin, ready to show
 * ({@code orders/admin/material.jte}).
 *
 * @param heading the page heading
 * @param action where the form posts to
 * @param publicPath the material's page, or null for a new one
 * @param stock the current stock, or null for a new material (which gets a starting
 * stock)
 * @param fields the form's fields as typed, by name
 * @param open whether the material can be ordered
 * @param version the version the next save is based on, or null
 * @param errors the validation messages
 * @param formToken the one-time token of a new material's form, or null
 * @param preview the rendered description, or empty
 * @param canChangeStock whether the viewer may open the stock page (coordinators and
 * admins; editors may not)
 */
public record MaterialEditor(String heading, String action, String publicPath, Integer stock, Fields fields,
		boolean open, Long version, FormErrors errors, String formToken, String preview, boolean canChangeStock) {

	/** The typed values of the text fields. */
	public record Fields(String name, String slug, String description, String imagePath, String imageAlt, String unit,
			String stock, String maxPerOrder, String price, String deliveryText, String deliveryDate,
			String toolkitSlug, String position) {

		static Fields of(MaterialForm form) {
			List<String> values = java.util.stream.Stream
				.of(form.name(), form.slug(), form.description(), form.imagePath(), form.imageAlt(), form.unit(),
						form.stock(), form.maxPerOrder(), form.price(), form.deliveryText(), form.deliveryDate(),
						form.toolkitSlug(), form.position())
				.map(MaterialForm::orEmpty)
				.toList();
			return new Fields(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5),
					values.get(6), values.get(7), values.get(8), values.get(9), values.get(10), values.get(11),
					values.get(12));
		}

	}

	/** The stock page, where the stock changes with a reason. */
	public String stockPage() {
		return OrderPaths.ADMIN + "/materialen";
	}

}
