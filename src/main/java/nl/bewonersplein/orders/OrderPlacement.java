package nl.bewonersplein.orders;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.shared.DutchPostcode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places an order: checks the address's limit, stores the order, queues the confirmation
 * mail and, last, takes the stock with one conditional UPDATE and checks the limit again
 * under the row lock that takes (so concurrent orders of one address cannot all pass it),
 * all in the caller's transaction (the form token's, see {@code site.FormSubmissions}),
 * so that an order exists with its stock taken and its mail queued, or not at all.
 */
@Service
class OrderPlacement {

	private final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Materials materials;

	private final Outbox outbox;

	private final OrderTexts texts;

	private final OrderSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrderPlacement(JdbcTemplate jdbc, Materials materials, Outbox outbox, OrderTexts texts, OrderSettings settings,
			Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.materials = materials;
		this.outbox = outbox;
		this.texts = texts;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * @return the confirmation page of the new order
	 * @throws SoldOut when the stock is not enough or ordering is closed
	 * @throws AddressLimitReached when the address has ordered this material enough
	 */
	@Transactional
	String place(Material material, OrderForm form, DutchPostcode postcode) {
		String addressKey = addressKey(postcode, form.huisnummer(), form.toevoeging());
		if (recent(addressKey, material) >= this.settings.addressLimit()) {
			throw new AddressLimitReached();
		}
		String key = newKey();
		String email = form.email().isEmpty() ? null : form.email();
		this.jdbc.update(
				"insert into material_order (public_key, material_id, quantity, status, name, initiative,"
						+ " postcode, house_number, addition, street, town, email, phone, address_key, postcode_area,"
						+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				key, material.id(), form.quantity(), OrderStatus.NEW.name(), form.naam(),
				blankToNull(form.initiatief()), postcode.value(), form.huisnummer(), blankToNull(form.toevoeging()),
				form.straat(), form.plaats(), email, form.phoneDigits(), addressKey, postcode.digits(),
				Timestamp.from(this.clock.instant()));
		long id = this.jdbc.queryForObject("select id from material_order where public_key = ?", Long.class, key);
		if (email != null) {
			this.outbox.queue(OutgoingMail.text(email, this.texts.nl("orders.mail.placed.subject", number(id)),
					this.texts.nl("orders.mail.placed.text", form.naam(), form.quantity(), material.unit(),
							material.name(), number(id), deliveryText(material), address(form, postcode))));
		}
		this.events.publishEvent(new OrderPlaced(id, material.id(), form.quantity()));
		// Last, so that the material's row stays locked only until the commit that
		// follows.
		if (!this.materials.take(material.id(), form.quantity())) {
			throw new SoldOut();
		}
		// Counted again now that this transaction holds the material's row lock: orders
		// of one address that passed the first count at the same moment are decided
		// here one after the other, each seeing the ones committed before it (this one's
		// own order included).
		if (recent(addressKey, material) > this.settings.addressLimit()) {
			throw new AddressLimitReached();
		}
		return OrderPaths.confirmation(key);
	}

	/** The address's orders of the material within the period, cancelled ones aside. */
	private int recent(String addressKey, Material material) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from material_order where address_key = ? and material_id = ? and status <> ?"
						+ " and created_at > ?",
				Integer.class, addressKey, material.id(), OrderStatus.CANCELLED.name(),
				Timestamp.from(this.clock.instant().minus(this.settings.addressPeriod())));
		return (count != null) ? count : 0;
	}

	/** The order number people see, e.g. {@code B-00042}. */
	static String number(long id) {
		return String.format(java.util.Locale.ROOT, "B-%05d", id);
	}

	static String addressKey(DutchPostcode postcode, String houseNumber, String addition) {
		return postcode.compact() + "|" + houseNumber + "|" + ((addition == null) ? ""
				: addition.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT));
	}

	static String deliveryText(Material material) {
		if (material.deliveryDate() == null) {
			return material.deliveryText();
		}
		return material.deliveryText() + " (uiterlijk " + material.deliveryDate()
			.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", OrderTexts.DUTCH)) + ")";
	}

	/** The address in Dutch format, one line per row. */
	static String address(OrderForm form, DutchPostcode postcode) {
		return Addresses.lines(form.naam(), form.initiatief(), form.straat(), form.huisnummer(), form.toevoeging(),
				postcode.value(), form.plaats());
	}

	private String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
