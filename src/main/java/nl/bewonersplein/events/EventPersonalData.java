package nl.bewonersplein.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.accounts.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the events module holds about a person, by e-mail address or phone number: their
 * sign-ups. Erasing anonymises them, so that the counts of each event stay.
 */
@Component
class EventPersonalData implements PersonalDataSource {

	private final JdbcTemplate jdbc;

	EventPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String labelKey() {
		return "events.personal-data";
	}

	@Override
	public List<Map<String, Object>> export(Person person) {
		List<Object> args = new ArrayList<>();
		String where = where(person, args);
		if (where == null) {
			return List.of();
		}
		List<Map<String, Object>> records = new ArrayList<>();
		this.jdbc.query("select r.created_at, e.title, e.starts_at, r.name, r.email, r.phone, r.people, r.remark,"
				+ " r.status, r.registered_by from event_registration r join event e on e.id = r.event_id where "
				+ where + " order by r.created_at", (rs) -> {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("type", "event-registration");
					record.put("registeredAt", rs.getTimestamp(1).toInstant().toString());
					record.put("event", rs.getString(2));
					record.put("eventStartsAt", rs.getTimestamp(3).toInstant().toString());
					record.put("name", rs.getString(4));
					record.put("email", rs.getString(5));
					record.put("phone", rs.getString(6));
					record.put("people", rs.getInt(7));
					record.put("remark", rs.getString(8));
					record.put("status", rs.getString(9));
					record.put("registeredBy", rs.getString(10));
					records.add(record);
				}, args.toArray());
		return records;
	}

	@Override
	public int erase(Person person) {
		List<Object> args = new ArrayList<>();
		String where = where(person, args);
		if (where == null) {
			return 0;
		}
		List<Object> all = new ArrayList<>(List.of(EventRetention.ERASED));
		all.addAll(args);
		return this.jdbc.update("update event_registration r set name = ?, email = null, phone = null,"
				+ " phone_digits = null, remark = '' where " + where, all.toArray());
	}

	private static String where(Person person, List<Object> args) {
		List<String> terms = new ArrayList<>();
		if (person.email() != null) {
			terms.add("lower(r.email) = ?");
			args.add(person.email());
		}
		if (person.phone() != null) {
			terms.add("r.phone_digits = ?");
			args.add(person.phone());
		}
		return terms.isEmpty() ? null : "(" + String.join(" or ", terms) + ")";
	}

}
