package nl.bewonersplein;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts the SQL statements executed while serving one measured request: Hibernate's and
 * those of {@code JdbcTemplate} (events, orders, search state, sessions) alike. Tests
 * send the request through {@link #get}; it carries a header with a fresh key, and every
 * statement executed on a request thread that carries that key is counted. The count is
 * taken at the JDBC level, by wrapping the application's {@link DataSource} (installed
 * for every test context by {@link Installation}, an auto-configuration listed in the
 * test class path's {@code AutoConfiguration.imports}). Unlike the shared
 * {@code SessionFactory} statistics, no other test can switch this off or reset it, and a
 * measurement only sees its own request.
 */
public final class SqlStatements {

	static final String HEADER = "X-Test-Statement-Count";

	private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

	private SqlStatements() {
	}

	/** What one measured request answered and how many statements it executed. */
	public record Measured(HttpResponse<String> response, long statements) {

		public int status() {
			return this.response.statusCode();
		}

		public String body() {
			return this.response.body();
		}

	}

	/**
	 * Gets {@code path} with {@code http} (and the given header names and values) and
	 * counts the statements the request executed.
	 */
	public static Measured get(Http http, String path, String... headers) {
		String key = UUID.randomUUID().toString();
		COUNTS.put(key, new AtomicLong());
		try {
			String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
			all[headers.length] = HEADER;
			all[headers.length + 1] = key;
			HttpResponse<String> response = http.get(path, all);
			return new Measured(response, COUNTS.get(key).get());
		}
		finally {
			COUNTS.remove(key);
		}
	}

	/** Gets {@code path} once to warm caches, then measures a second request. */
	public static Measured warm(Http http, String path) {
		http.get(path);
		return get(http, path);
	}

	private static void executed() {
		if (COUNTS.isEmpty()) {
			return;
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			String key = servlet.getRequest().getHeader(HEADER);
			AtomicLong count = (key != null) ? COUNTS.get(key) : null;
			if (count != null) {
				count.incrementAndGet();
			}
		}
	}

	/** A data source whose connections count every statement they execute. */
	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Object result = invoke(target, method, args);
						if (result instanceof CallableStatement statement) {
							return counting(statement, CallableStatement.class);
						}
						if (result instanceof PreparedStatement statement) {
							return counting(statement, PreparedStatement.class);
						}
						if (result instanceof Statement statement && method.getName().equals("createStatement")) {
							return counting(statement, Statement.class);
						}
						return result;
					});
		}

		private static Object counting(Statement target, Class<?> type) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("execute")) {
					executed();
				}
				return invoke(target, method, args);
			};
			return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type }, handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

	/**
	 * Wraps every {@link DataSource} bean of a test context in a
	 * {@link CountingDataSource}.
	 */
	@AutoConfiguration
	public static class Installation {

		@Bean
		static BeanPostProcessor sqlStatementCounting() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
						return new CountingDataSource(dataSource);
					}
					return bean;
				}

			};
		}

	}

}
