package nl.bewonersplein.orders;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The materials and their stock. Stock only ever changes through {@link #take} and
 * {@link #giveBack}: single conditional UPDATEs, so that concurrent orders never take
 * more than there is (the database's row lock orders them).
 */
@Repository
class Materials {

	private static final String COLUMNS = "id, slug, name, description, image, image_alt, unit, stock, max_per_order,"
			+ " price_cents, delivery_text, delivery_date, ordering_open, toolkit_slug";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Materials(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Material> all() {
		return this.jdbc.query("select " + COLUMNS + " from order_material order by position, id", Materials::map);
	}

	Optional<Material> bySlug(String slug) {
		return this.jdbc.query("select " + COLUMNS + " from order_material where slug = ?", Materials::map, slug)
			.stream()
			.findFirst();
	}

	Optional<Material> byId(long id) {
		return this.jdbc.query("select " + COLUMNS + " from order_material where id = ?", Materials::map, id)
			.stream()
			.findFirst();
	}

	Optional<Material> forToolkit(String toolkitSlug) {
		return this.jdbc
			.query("select " + COLUMNS + " from order_material where toolkit_slug = ? order by position, id",
					Materials::map, toolkitSlug)
			.stream()
			.findFirst();
	}

	long add(Material material, int position) {
		this.jdbc.update("insert into order_material (slug, name, description, image, image_alt, unit, stock,"
				+ " max_per_order, price_cents, delivery_text, delivery_date, ordering_open, toolkit_slug, position,"
				+ " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", material.slug(), material.name(),
				material.description(), material.image(), material.imageAlt(), material.unit(), material.stock(),
				material.maxPerOrder(), material.priceCents(), material.deliveryText(),
				(material.deliveryDate() != null) ? Date.valueOf(material.deliveryDate()) : null, material.open(),
				material.toolkitSlug(), position, Timestamp.from(this.clock.instant()));
		return bySlug(material.slug()).orElseThrow().id();
	}

	/** The version and position of a material (for the edit flow). */
	long[] editing(long id) {
		return this.jdbc.queryForObject("select version, position from order_material where id = ?",
				(rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }, id);
	}

	/**
	 * Saves a material's texts and settings (never its stock) if it is still at
	 * {@code version}.
	 * @return whether it was saved
	 */
	boolean edit(Material material, int position, long version) {
		return this.jdbc.update("update order_material set slug = ?, name = ?, description = ?, image = ?,"
				+ " image_alt = ?, unit = ?, max_per_order = ?, price_cents = ?, delivery_text = ?, delivery_date = ?,"
				+ " ordering_open = ?, toolkit_slug = ?, position = ?, updated_at = ?, version = version + 1"
				+ " where id = ? and version = ?", material.slug(), material.name(), material.description(),
				material.image(), material.imageAlt(), material.unit(), material.maxPerOrder(), material.priceCents(),
				material.deliveryText(),
				(material.deliveryDate() != null) ? Date.valueOf(material.deliveryDate()) : null, material.open(),
				material.toolkitSlug(), position, Timestamp.from(this.clock.instant()), material.id(), version) == 1;
	}

	/**
	 * Takes {@code quantity} units if the material is open and has that many.
	 * @return whether they were taken
	 */
	boolean take(long id, int quantity) {
		return this.jdbc.update(
				"update order_material set stock = stock - ? where id = ? and ordering_open = true and stock >= ?",
				quantity, id, quantity) == 1;
	}

	/** Puts {@code quantity} units back (a cancelled order, or a change by hand). */
	void giveBack(long id, int quantity) {
		this.jdbc.update("update order_material set stock = stock + ? where id = ?", quantity, id);
	}

	/**
	 * Changes the stock by {@code delta} (may be negative) unless that would go below 0.
	 * @return whether it changed
	 */
	boolean adjust(long id, int delta) {
		return this.jdbc.update("update order_material set stock = stock + ? where id = ? and stock + ? >= 0", delta,
				id, delta) == 1;
	}

	void setOpen(long id, boolean open) {
		this.jdbc.update(
				"update order_material set ordering_open = ?, updated_at = ?, version = version + 1 where id = ?", open,
				Timestamp.from(this.clock.instant()), id);
	}

	private static Material map(ResultSet rs, int row) throws SQLException {
		Date date = rs.getDate("delivery_date");
		return new Material(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getString("image"), rs.getString("image_alt"), rs.getString("unit"), rs.getInt("stock"),
				rs.getInt("max_per_order"), rs.getInt("price_cents"), rs.getString("delivery_text"),
				(date != null) ? date.toLocalDate() : null, rs.getBoolean("ordering_open"),
				rs.getString("toolkit_slug"));
	}

}
