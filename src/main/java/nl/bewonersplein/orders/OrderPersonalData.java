package nl.bewonersplein.orders;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.accounts.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the orders module holds about a person, by e-mail address or phone number: their
 * orders and their "houd me op de hoogte" requests. Erasing anonymises the orders (the
 * counts stay, as after the retention period) and deletes the requests.
 */
@Component
class OrderPersonalData implements PersonalDataSource {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OrderPersonalData(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String labelKey() {
		return "orders.personal-data";
	}

	@Override
	public List<Map<String, Object>> export(Person person) {
		List<Map<String, Object>> records = new ArrayList<>();
		List<Object> args = new ArrayList<>();
		this.jdbc.query("select o.id, o.created_at, m.name as material, o.quantity, o.status, o.name, o.initiative,"
				+ " o.street, o.house_number, o.addition, o.postcode, o.town, o.email, o.phone from material_order o"
				+ " join order_material m on m.id = o.material_id where o.anonymised_at is null and "
				+ where(person, args) + " order by o.created_at", (rs) -> {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("type", "material-order");
					record.put("number", OrderPlacement.number(rs.getLong("id")));
					record.put("orderedAt", rs.getTimestamp("created_at").toInstant().toString());
					record.put("material", rs.getString("material"));
					record.put("quantity", rs.getInt("quantity"));
					record.put("status", rs.getString("status").toLowerCase(java.util.Locale.ROOT));
					record.put("name", rs.getString("name"));
					record.put("initiative", rs.getString("initiative"));
					record.put("address",
							Addresses.lines(rs.getString("name"), rs.getString("initiative"), rs.getString("street"),
									rs.getString("house_number"), rs.getString("addition"), rs.getString("postcode"),
									rs.getString("town")));
					record.put("email", rs.getString("email"));
					record.put("phone", rs.getString("phone"));
					records.add(record);
				}, args.toArray());
		if (person.email() != null) {
			this.jdbc.query("select n.created_at, m.name from order_stock_notice n join order_material m"
					+ " on m.id = n.material_id where n.email = ? order by n.created_at", (rs) -> {
						Map<String, Object> record = new LinkedHashMap<>();
						record.put("type", "back-in-stock-request");
						record.put("askedAt", rs.getTimestamp(1).toInstant().toString());
						record.put("material", rs.getString(2));
						records.add(record);
					}, person.email());
		}
		return records;
	}

	@Override
	public int erase(Person person) {
		List<Object> args = new ArrayList<>();
		args.add(Timestamp.from(this.clock.instant()));
		String where = where(person, args);
		int erased = this.jdbc.update("update material_order o set " + OrderRetention.ANONYMISE
				+ " where o.anonymised_at is null and " + where, args.toArray());
		if (person.email() != null) {
			erased += this.jdbc.update("delete from order_stock_notice where email = ?", person.email());
		}
		return erased;
	}

	/** Orders match on e-mail address or on the phone number's digits. */
	private static String where(Person person, List<Object> args) {
		List<String> parts = new ArrayList<>();
		if (person.email() != null) {
			parts.add("o.email = ?");
			args.add(person.email());
		}
		if (person.phone() != null) {
			parts.add("o.phone = ?");
			args.add(person.phone());
		}
		return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
	}

}
