package nl.bewonersplein.events;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads sign-ups from their table. */
final class RegistrationRows {

	static final String COLUMNS = "id, event_id, name, email, phone, people, remark, status, registered_by, created_at";

	private RegistrationRows() {
	}

	static Registration row(ResultSet rs, int n) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getLong("event_id"), rs.getString("name"), rs.getString("email"),
				rs.getString("phone"), rs.getInt("people"), rs.getString("remark"),
				Registration.Status.valueOf(rs.getString("status")), rs.getString("registered_by"),
				EventStore.instant(rs, "created_at"));
	}

}
