package nl.bewonersplein.orders;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts of ordered units per material, per region and per month, for coordinators.
 * They are counted only from what the retention job and erasure leave of an order
 * ({@link OrderRetention#ANONYMISE}): the material, quantity, state, order date and the
 * postcode's four digits, whose first two give the region
 * ({@code orders/postcode-regions.tsv}). Cancelled orders do not count.
 */
@Component
class OrderCounts {

	/** What is counted for one group: orders and units. */
	record Count(String label, int orders, int units) {

	}

	/** The three tables of counts. */
	record Report(List<Count> materials, List<Count> regions, List<Count> months, int orders, int units) {

	}

	private final JdbcTemplate jdbc;

	private final Map<Integer, Region> regions = new HashMap<>();

	OrderCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				new ClassPathResource("orders/postcode-regions.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split("\t"))
				.forEach((fields) -> this.regions.put(Integer.valueOf(fields[0]), Region.valueOf(fields[1])));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The region of a postcode's four digits, or null when unknown. */
	Region region(int postcodeArea) {
		return this.regions.get(postcodeArea / 100);
	}

	@Transactional(readOnly = true)
	Report count() {
		Map<String, int[]> byMaterial = new LinkedHashMap<>();
		for (Material material : this.jdbc.query("select id, name from order_material order by position, id",
				(rs, row) -> new Material(rs.getLong(1), "", rs.getString(2), "", null, null, "", 0, 0, 0, "", null,
						false, null))) {
			byMaterial.put(material.name(), new int[2]);
		}
		Map<String, int[]> byRegion = new LinkedHashMap<>();
		for (Region region : Region.values()) {
			byRegion.put(region.name(), new int[2]);
		}
		byRegion.put("", new int[2]);
		Map<YearMonth, int[]> byMonth = new TreeMap<>();
		int[] total = new int[2];
		this.jdbc.query(
				"select m.name, o.quantity, o.postcode_area, o.created_at from material_order o"
						+ " join order_material m on m.id = o.material_id where o.status <> 'CANCELLED'",
				(ResultSet rs) -> {
					add(byMaterial.computeIfAbsent(rs.getString(1), (name) -> new int[2]), rs);
					Region region = region(rs.getInt(3));
					add(byRegion.get((region != null) ? region.name() : ""), rs);
					add(byMonth.computeIfAbsent(YearMonth.from(rs.getTimestamp(4).toInstant().atZone(Dates.ZONE)),
							(month) -> new int[2]), rs);
					add(total, rs);
				});
		List<Count> months = new ArrayList<>();
		byMonth.forEach((month, counts) -> months.add(new Count(month.toString(), counts[0], counts[1])));
		return new Report(list(byMaterial), list(byRegion), months, total[0], total[1]);
	}

	private static void add(int[] counts, ResultSet rs) throws SQLException {
		counts[0]++;
		counts[1] += rs.getInt(2);
	}

	private static List<Count> list(Map<String, int[]> counts) {
		List<Count> list = new ArrayList<>();
		counts.forEach((label, values) -> {
			if (!label.isEmpty() || values[0] > 0) {
				list.add(new Count(label, values[0], values[1]));
			}
		});
		return list;
	}

	/** The counts as CSV for a spreadsheet (semicolons, with a BOM). */
	static String csv(Report report) {
		StringBuilder csv = new StringBuilder("\uFEFFsoort;groep;bestellingen;exemplaren\r\n");
		append(csv, "materiaal", report.materials());
		append(csv, "regio", report.regions());
		append(csv, "maand", report.months());
		csv.append("totaal;;").append(report.orders()).append(';').append(report.units()).append("\r\n");
		return csv.toString();
	}

	private static void append(StringBuilder csv, String kind, List<Count> counts) {
		for (Count count : counts) {
			String label = count.label().isEmpty() ? "onbekend" : count.label();
			if (!label.isEmpty() && "=+-@".indexOf(label.charAt(0)) >= 0) {
				label = "'" + label;
			}
			if (label.contains(";") || label.contains("\"")) {
				label = "\"" + label.replace("\"", "\"\"") + "\"";
			}
			csv.append(kind)
				.append(';')
				.append(label)
				.append(';')
				.append(count.orders())
				.append(';')
				.append(count.units())
				.append("\r\n");
		}
	}

}
