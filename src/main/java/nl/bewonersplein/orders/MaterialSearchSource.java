package nl.bewonersplein.orders;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.bewonersplein.search.SearchDocument;
import nl.bewonersplein.search.SearchSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** What the orders module offers the site search: the printed materials one can order. */
@Component
class MaterialSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	private final Materials materials;

	MaterialSearchSource(JdbcTemplate jdbc, Materials materials) {
		this.jdbc = jdbc;
		this.materials = materials;
	}

	@Override
	public String name() {
		return "material";
	}

	@Override
	public Map<String, String> stamps() {
		Map<String, String> stamps = new LinkedHashMap<>();
		// Stock is not searched: only the texts make the stamp.
		this.jdbc.query("select id, name, unit, description from order_material",
				(RowCallbackHandler) (row) -> stamps.put(row.getString(1), Integer
					.toHexString((row.getString(2) + "|" + row.getString(3) + "|" + row.getString(4)).hashCode())));
		return stamps;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		Set<String> wanted = new HashSet<>(keys);
		return this.materials.all()
			.stream()
			.filter((material) -> wanted.contains(Long.toString(material.id())))
			.map((material) -> SearchDocument
				.of(Long.toString(material.id()), "material", OrderPaths.material(material.slug()), material.name(),
						material.unit(), material.description(), null)
				.withContext("bestellen"))
			.toList();
	}

}
