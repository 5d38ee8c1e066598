package nl.bewonersplein.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * What a module offers the site search: one bean per kind of thing it publishes. Search
 * keeps its index in step by comparing {@link #stamps()} with what it indexed, after
 * every staff change (every {@code audit.Audited} event), every minute and at start, and
 * asks {@link #documents} only for what changed. A module adds a type by declaring a
 * bean; the search module does not know the modules that do.
 */
public interface SearchSource {

	/** A stable name for this source, e.g. {@code article}; keys are unique within it. */
	String name();

	/**
	 * Every document that may be found now or later (published or scheduled), by key,
	 * with a stamp that changes whenever its document would change (e.g. version and last
	 * edit). One cheap query: no texts.
	 */
	Map<String, String> stamps();

	/**
	 * The documents for these keys; a key that is no longer searchable is simply missing.
	 */
	List<SearchDocument> documents(Collection<String> keys);

	/** A source from its three parts. */
	static SearchSource of(String name, Supplier<Map<String, String>> stamps,
			Function<Collection<String>, List<SearchDocument>> documents) {
		return new SearchSource() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Map<String, String> stamps() {
				return stamps.get();
			}

			@Override
			public List<SearchDocument> documents(Collection<String> keys) {
				return documents.apply(keys);
			}

		};
	}

	/**
	 * The stamps a query selects: the key in its first column, the stamp in its second.
	 */
	static Map<String, String> stamps(JdbcTemplate jdbc, String sql) {
		Map<String, String> stamps = new LinkedHashMap<>();
		jdbc.query(sql, (RowCallbackHandler) (row) -> stamps.put(row.getString(1), row.getString(2)));
		return stamps;
	}

	/** The keys that are numeric ids, as numbers (anything else is no key of ours). */
	static List<Long> ids(Collection<String> keys) {
		return keys.stream().filter((key) -> key.matches("\\d{1,18}")).map(Long::valueOf).toList();
	}

}
