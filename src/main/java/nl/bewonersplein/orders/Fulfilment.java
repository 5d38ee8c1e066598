package nl.bewonersplein.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' side of orders: finding them, moving them from new to packed to sent
 * (or cancelled), and changing stock by hand. Every change is one conditional UPDATE on
 * the state that was read, so a cancellation returns its stock exactly once even when two
 * coordinators click at the same moment; every change and export goes to the audit log.
 */
@Service
class Fulfilment {

	/** Most orders one list, export or batch of labels holds. */
	static final int MAX = 2000;

	private static final String SELECT = "select o.id, o.created_at, o.material_id, m.name as material, m.unit,"
			+ " o.quantity, o.status, o.name, o.initiative, o.street, o.house_number, o.addition, o.postcode, o.town,"
			+ " o.email, o.phone from material_order o join order_material m on m.id = o.material_id";

	private final JdbcTemplate jdbc;

	private final Materials materials;

	private final Outbox outbox;

	private final OrderTexts texts;

	private final StockNotices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Fulfilment(JdbcTemplate jdbc, Materials materials, Outbox outbox, OrderTexts texts, StockNotices notices,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.materials = materials;
		this.outbox = outbox;
		this.texts = texts;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<OrderRow> find(OrderFilter filter) {
		List<Object> args = new ArrayList<>();
		String where = filter.where(args);
		return this.jdbc.query(
				SELECT + " where " + where + " order by o.created_at, o.id fetch first " + MAX + " rows only",
				Fulfilment::map, args.toArray());
	}

	@Transactional(readOnly = true)
	List<OrderRow> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
		return this.jdbc.query(
				SELECT + " where o.anonymised_at is null and o.id in (" + marks + ") order by o.created_at, o.id",
				Fulfilment::map, ids.toArray());
	}

	Optional<OrderRow> byId(long id) {
		return byIds(List.of(id)).stream().findFirst();
	}

	/**
	 * Moves each order to {@code next} where its state allows it.
	 * @return how many changed
	 */
	@Transactional
	int change(List<Long> ids, OrderStatus next) {
		int changed = 0;
		for (OrderRow order : byIds(ids)) {
			if (change(order, next)) {
				changed++;
			}
		}
		return changed;
	}

	private boolean change(OrderRow order, OrderStatus next) {
		if (!order.status().canBecome(next)) {
			return false;
		}
		String column = switch (next) {
			case NEW -> "packed_at";
			case PACKED -> "packed_at";
			case SENT -> "sent_at";
			case CANCELLED -> "cancelled_at";
		};
		Timestamp now = (next == OrderStatus.NEW) ? null : Timestamp.from(this.clock.instant());
		int rows = this.jdbc.update(
				"update material_order set status = ?, " + column + " = ? where id = ? and status = ?", next.name(),
				now, order.id(), order.status().name());
		if (rows != 1) {
			// Someone else changed it meanwhile: their change stands.
			return false;
		}
		if (next == OrderStatus.CANCELLED) {
			giveBack(order.materialId(), order.quantity());
		}
		if (next == OrderStatus.SENT && order.email() != null) {
			this.outbox.queue(OutgoingMail.text(order.email(),
					this.texts.nl("orders.mail.sent.subject", order.number()), this.texts.nl("orders.mail.sent.text",
							order.name(), order.number(), order.quantity(), order.unit())));
		}
		this.events.publishEvent(new OrderStatusChanged(order.id(), order.number(),
				order.status().name().toLowerCase(java.util.Locale.ROOT),
				next.name().toLowerCase(java.util.Locale.ROOT)));
		return true;
	}

	/**
	 * Changes a material's stock by hand, recorded with its reason.
	 * @return whether it changed (not below 0)
	 */
	@Transactional
	boolean adjustStock(long materialId, int delta, String reason, String actor) {
		Material before = this.materials.byId(materialId).orElseThrow();
		if (delta == 0 || !this.materials.adjust(materialId, delta)) {
			return false;
		}
		this.jdbc.update(
				"insert into order_stock_change (material_id, delta, reason, changed_by, created_at) values (?, ?, ?, ?, ?)",
				materialId, delta, reason, actor, Timestamp.from(this.clock.instant()));
		this.events
			.publishEvent(new StockChanged(materialId, before.name(), before.stock(), before.stock() + delta, reason));
		if (before.stock() <= 0) {
			this.notices.backInStock(materialId);
		}
		return true;
	}

	@Transactional
	void setOpen(long materialId, boolean open) {
		Material material = this.materials.byId(materialId).orElseThrow();
		this.materials.setOpen(materialId, open);
		this.events.publishEvent(new MaterialOrderingChanged(materialId, material.name(), open));
		if (open && !material.open() && material.stock() > 0) {
			this.notices.backInStock(materialId);
		}
	}

	/** Records in the audit log that orders were exported (CSV, packing list, labels). */
	void exported(String what, int count) {
		this.events.publishEvent(new OrdersExported(what, count));
	}

	private void giveBack(long materialId, int quantity) {
		int before = this.materials.byId(materialId).map(Material::stock).orElse(0);
		this.materials.giveBack(materialId, quantity);
		if (before <= 0) {
			this.notices.backInStock(materialId);
		}
	}

	private static OrderRow map(ResultSet rs, int row) throws SQLException {
		return new OrderRow(rs.getLong("id"), OrderPlacement.number(rs.getLong("id")),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("material_id"), rs.getString("material"),
				rs.getString("unit"), rs.getInt("quantity"), OrderStatus.valueOf(rs.getString("status")),
				rs.getString("name"), rs.getString("initiative"), rs.getString("street"), rs.getString("house_number"),
				rs.getString("addition"), rs.getString("postcode"), rs.getString("town"), rs.getString("email"),
				rs.getString("phone"));
	}

}
