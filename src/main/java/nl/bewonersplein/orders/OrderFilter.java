package nl.bewonersplein.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which orders the fulfilment list shows and exports: by state, by material and by a
 * search term (order number, name, postcode or town).
 *
 * @param status the state, or null for all
 * @param materialId the material, or null for all
 * @param text what to look for, or empty
 */
record OrderFilter(OrderStatus status, Long materialId, String text) {

	static OrderFilter of(String status, String material, String text) {
		OrderStatus state = null;
		if (status != null && !status.isBlank()) {
			try {
				state = OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				// Not a state: show all.
			}
		}
		Long materialId = null;
		if (material != null && material.matches("[0-9]{1,18}")) {
			materialId = Long.valueOf(material);
		}
		String q = (text == null) ? "" : text.strip();
		return new OrderFilter(state, materialId, (q.length() > 100) ? q.substring(0, 100) : q);
	}

	/** The query string that repeats this filter, starting with {@code ?}. */
	String query() {
		List<String> parts = new ArrayList<>();
		if (this.status != null) {
			parts.add("status=" + this.status.name().toLowerCase(Locale.ROOT));
		}
		if (this.materialId != null) {
			parts.add("materiaal=" + this.materialId);
		}
		if (!this.text.isEmpty()) {
			parts.add("q=" + java.net.URLEncoder.encode(this.text, java.nio.charset.StandardCharsets.UTF_8));
		}
		return parts.isEmpty() ? "" : "?" + String.join("&", parts);
	}

	/** The SQL condition (on {@code material_order o}) and its arguments. */
	String where(List<Object> args) {
		List<String> parts = new ArrayList<>();
		parts.add("o.anonymised_at is null");
		if (this.status != null) {
			parts.add("o.status = ?");
			args.add(this.status.name());
		}
		if (this.materialId != null) {
			parts.add("o.material_id = ?");
			args.add(this.materialId);
		}
		if (!this.text.isEmpty()) {
			String like = "%" + this.text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
			String digits = this.text.replaceAll("[^0-9]", "");
			String clause = "(lower(o.name) like ? or lower(o.town) like ? or lower(o.postcode) like ?";
			args.add(like);
			args.add(like);
			args.add(like);
			if (!digits.isEmpty() && digits.length() <= 12) {
				clause += " or o.id = ?";
				args.add(Long.valueOf(digits));
			}
			parts.add(clause + ")");
		}
		return String.join(" and ", parts);
	}

}
