package nl.bewonersplein.toolkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.stereotype.Component;

/**
 * Migration 42: a toolkit thanks funders and partners by reference to the content
 * module's supporters instead of free text. Each line of the old text ("name" or "name
 * url") becomes a reference to the supporter of that name; a name the content module does
 * not know becomes a new supporter (not shown in the footer), so nothing typed is lost.
 * Written in Java because splitting lines is not portable SQL; Flyway runs it between the
 * SQL migrations by its version.
 */
@Component
class ToolkitSupportersMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("42");
	}

	@Override
	public String getDescription() {
		return "toolkit supporters by reference";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection db = context.getConnection();
		try (Statement ddl = db.createStatement()) {
			ddl.execute("""
					create table toolkit_supporter (
					    toolkit_id   bigint  not null references toolkit (id) on delete cascade,
					    position     integer not null,
					    supporter_id bigint  not null,
					    primary key (toolkit_id, position)
					)""");
		}
		List<Object[]> toolkits = new ArrayList<>();
		try (Statement select = db.createStatement();
				ResultSet rows = select.executeQuery("select id, funders, partners from toolkit")) {
			while (rows.next()) {
				toolkits.add(new Object[] { rows.getLong(1), rows.getString(2), rows.getString(3) });
			}
		}
		for (Object[] toolkit : toolkits) {
			int position = 0;
			for (String role : List.of("FUNDER", "PARTNER")) {
				String text = (String) toolkit[role.equals("FUNDER") ? 1 : 2];
				for (String[] line : lines(text)) {
					long supporter = supporter(db, line[0], line[1], role);
					try (PreparedStatement insert = db.prepareStatement(
							"insert into toolkit_supporter (toolkit_id, position, supporter_id) values (?, ?, ?)")) {
						insert.setLong(1, (Long) toolkit[0]);
						insert.setInt(2, position++);
						insert.setLong(3, supporter);
						insert.executeUpdate();
					}
				}
			}
		}
		try (Statement ddl = db.createStatement()) {
			ddl.execute("alter table toolkit drop column funders");
			ddl.execute("alter table toolkit drop column partners");
		}
	}

	/** The supporter with this name, made when there is none. */
	private static long supporter(Connection db, String name, String url, String role) throws SQLException {
		try (PreparedStatement find = db.prepareStatement("select id from supporter where lower(name) = ?")) {
			find.setString(1, name.toLowerCase(Locale.ROOT));
			try (ResultSet found = find.executeQuery()) {
				if (found.next()) {
					return found.getLong(1);
				}
			}
		}
		try (PreparedStatement insert = db
			.prepareStatement("insert into supporter (name, url, logo, role, position, in_footer, version)"
					+ " values (?, ?, '', ?, 100, false, 0)", new String[] { "id" })) {
			insert.setString(1, cut(name, 200));
			insert.setString(2, cut(url, 500));
			insert.setString(3, role);
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	/** The old text's lines as name and URL (empty when there was none). */
	static List<String[]> lines(String text) {
		List<String[]> list = new ArrayList<>();
		if (text == null) {
			return list;
		}
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int space = trimmed.lastIndexOf(' ');
			String last = (space > 0) ? trimmed.substring(space + 1) : "";
			if (last.startsWith("https://") || last.startsWith("http://")) {
				list.add(new String[] { trimmed.substring(0, space).strip(), last });
			}
			else {
				list.add(new String[] { trimmed, "" });
			}
		}
		return list;
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

}
