package nl.bewonersplein.accounts;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in the database (Spring Session JDBC). Two requests of one session that
 * both add an attribute at the same moment (a double click that stores a flash message)
 * made Spring Session insert the same attribute row twice, a 500. Spring Session's
 * documented remedy is an upsert for the attribute insert: PostgreSQL's
 * {@code ON CONFLICT} customizer, and H2's {@code MERGE … KEY}.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final String H2_UPSERT = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
			VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
		String product = product(dataSource);
		if (product.contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (product.contains("h2")) {
			return (repository) -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
		}
		return (repository) -> {
		};
	}

	private static String product(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot tell which database holds the sessions", ex);
		}
	}

}
