package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.accounts.PersonalDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the members module holds about a person, by e-mail address or phone number:
 * messages they sent through contact forms, and their membership applications as contact
 * person. Erasing deletes the messages and anonymises the applications (the initiative
 * they led to stays).
 */
@Component
class MemberPersonalData implements PersonalDataSource {

	static final String ERASED = "(gewist)";

	private final JdbcTemplate jdbc;

	MemberPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String labelKey() {
		return "members.personal-data";
	}

	@Override
	public List<Map<String, Object>> export(Person person) {
		List<Map<String, Object>> records = new ArrayList<>();
		if (person.email() != null) {
			this.jdbc.query("select m.created_at, i.name, m.sender_name, m.sender_email, m.body from member_message m"
					+ " join member_initiative i on i.id = m.initiative_id where m.sender_email = ? order by m.created_at",
					(rs) -> {
						Map<String, Object> record = new LinkedHashMap<>();
						record.put("type", "contact-message");
						record.put("sentAt", rs.getTimestamp(1).toInstant().toString());
						record.put("initiative", rs.getString(2));
						record.put("name", rs.getString(3));
						record.put("email", rs.getString(4));
						record.put("message", rs.getString(5));
						records.add(record);
					}, person.email());
		}
		this.jdbc.query("select created_at, name, contact_name, contact_email, contact_phone, motivation, status"
				+ " from member_application where " + where(person) + " order by created_at", (rs) -> {
					Map<String, Object> record = new LinkedHashMap<>();
					record.put("type", "membership-application");
					record.put("appliedAt", rs.getTimestamp(1).toInstant().toString());
					record.put("initiative", rs.getString(2));
					record.put("name", rs.getString(3));
					record.put("email", rs.getString(4));
					record.put("phone", rs.getString(5));
					record.put("motivation", rs.getString(6));
					record.put("status", rs.getString(7));
					records.add(record);
				}, args(person));
		return records;
	}

	@Override
	public int erase(Person person) {
		int erased = 0;
		if (person.email() != null) {
			erased += this.jdbc.update("delete from member_message where sender_email = ?", person.email());
		}
		erased += this.jdbc.update(
				"update member_application set contact_name = ?, contact_email = ?,"
						+ " contact_phone = null, motivation = ? where " + where(person),
				prepend(args(person), ERASED, ERASED, ERASED));
		return erased;
	}

	/** Applications match on e-mail address or on the phone number's digits. */
	private static String where(Person person) {
		List<String> parts = new ArrayList<>();
		if (person.email() != null) {
			parts.add("contact_email = ?");
		}
		if (person.phone() != null) {
			parts.add("contact_phone = ?");
		}
		return parts.isEmpty() ? "1 = 0" : "(" + String.join(" or ", parts) + ")";
	}

	private static Object[] args(Person person) {
		List<Object> args = new ArrayList<>();
		if (person.email() != null) {
			args.add(person.email());
		}
		if (person.phone() != null) {
			args.add(person.phone());
		}
		return args.toArray();
	}

	private static Object[] prepend(Object[] args, Object... first) {
		Object[] all = new Object[first.length + args.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(args, 0, all, first.length, args.length);
		return all;
	}

}
