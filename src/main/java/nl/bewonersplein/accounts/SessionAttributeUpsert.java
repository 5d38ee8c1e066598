package nl.bewonersplein.accounts;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Session attributes are written with an upsert. Spring Session JDBC inserts an attribute
 * that its copy of the session did not have; two concurrent requests of one session that
 * both add the same attribute (a CSRF token, a flash message) then both insert, and the
 * second failed with a duplicate key (a 500). Spring Session's documented remedy is an
 * insert-or-update query: its own customizer for PostgreSQL, {@code MERGE ... KEY} for
 * H2.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpsert {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsertCustomizer(DataSource dataSource) {
		String database = databaseName(dataSource);
		if (database.contains("postgresql")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (database.contains("h2")) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
		}
		return (repository) -> {
		};
	}

	private static String databaseName(DataSource dataSource) {
		try {
			String name = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return (name != null) ? name.toLowerCase(java.util.Locale.ROOT) : "";
		}
		catch (MetaDataAccessException ex) {
			return "";
		}
	}

}
