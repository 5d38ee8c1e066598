package nl.bewonersplein;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts the SQL statements Hibernate prepares while serving one measured request. Tests
 * send the request through {@link #get}; it carries a header with a fresh key, and this
 * inspector (installed for every test run by
 * {@code hibernate.session_factory.statement_inspector} in the test configuration) counts
 * each statement prepared on a request thread that carries that key. Unlike the shared
 * {@code SessionFactory} statistics, no other test can switch this off or reset it, and a
 * measurement only sees its own request.
 */
public final class SqlStatements implements StatementInspector {

	static final String HEADER = "X-Test-Statement-Count";

	private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

	/** What one measured request answered and how many statements it prepared. */
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
	 * counts the statements the request prepared.
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

	@Override
	public String inspect(String sql) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			String key = servlet.getRequest().getHeader(HEADER);
			AtomicLong count = (key != null) ? COUNTS.get(key) : null;
			if (count != null) {
				count.incrementAndGet();
			}
		}
		return sql;
	}

}
