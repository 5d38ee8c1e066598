package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

/**
 * The directory's search: the published initiatives that pass every filter, one page of
 * them, and for each filter how many would pass with that value chosen instead. A fixed
 * number of statements whatever the size of the directory: the few columns filters need
 * for all published initiatives, their themes, their goals, then the one page's cards.
 * Native queries through the entity manager, so that Hibernate's statistics count them.
 */
@Component
class Directory {

	private static final String PUBLISHED = "'" + MemberInitiative.Status.PUBLISHED.name() + "'";

	@PersistenceContext
	private EntityManager entities;

	/**
	 * What visitors filter by; null (or empty) means no filter.
	 *
	 * @param region the region
	 * @param town the town, compared as {@link Places#key}
	 * @param kind the sort of initiative
	 * @param themeId a content theme's id
	 * @param goal a Sustainable Development Goal
	 * @param text words in the name, town or summary
	 * @param page the page, from 1
	 */
	record Filter(Region region, String town, InitiativeKind kind, Long themeId, Integer goal, String text, int page) {

		static final Filter NONE = new Filter(null, null, null, null, null, null, 1);

	}

	/**
	 * An initiative as the directory lists it; {@code imagePath} its library image or
	 * null.
	 */
	record Card(long id, String slug, String name, Region region, InitiativeKind kind, String town, String summary,
			String imagePath) {

	}

	/**
	 * One page of results and the counts per filter value.
	 *
	 * @param cards the initiatives on this page, by name
	 * @param total how many pass all filters
	 * @param page this page, from 1
	 * @param pages how many pages there are (at least 1)
	 * @param regions count per region
	 * @param kinds count per kind
	 * @param themes count per theme id
	 * @param goals count per goal
	 * @param towns count per town, most first
	 */
	record Result(List<Card> cards, int total, int page, int pages, Map<Region, Integer> regions,
			Map<InitiativeKind, Integer> kinds, Map<Long, Integer> themes, Map<Integer, Integer> goals,
			Map<String, Integer> towns) {

	}

	private record Row(long id, String name, Region region, InitiativeKind kind, String town) {

	}

	Result search(Filter filter, int pageSize) {
		List<Row> rows = rows(filter.text());
		Map<Long, Set<Long>> themes = links("select t.initiative_id, t.theme_id from member_initiative_theme t"
				+ " join member_initiative i on i.id = t.initiative_id where i.status = " + PUBLISHED);
		Map<Long, Set<Long>> goals = links("select g.initiative_id, g.goal from member_initiative_goal g"
				+ " join member_initiative i on i.id = g.initiative_id where i.status = " + PUBLISHED);
		String town = (filter.town() == null || filter.town().isBlank()) ? null : Places.key(filter.town());
		List<Row> matches = new ArrayList<>();
		Map<Region, Integer> regionCounts = new EnumMap<>(Region.class);
		Map<InitiativeKind, Integer> kindCounts = new EnumMap<>(InitiativeKind.class);
		Map<Long, Integer> themeCounts = new HashMap<>();
		Map<Integer, Integer> goalCounts = new TreeMap<>();
		Map<String, Integer> townCounts = new HashMap<>();
		for (Row row : rows) {
			Set<Long> rowThemes = themes.getOrDefault(row.id(), Set.of());
			Set<Long> rowGoals = goals.getOrDefault(row.id(), Set.of());
			boolean r = filter.region() == null || filter.region() == row.region();
			boolean t = town == null || town.equals(Places.key(row.town()));
			boolean k = filter.kind() == null || filter.kind() == row.kind();
			boolean th = filter.themeId() == null || rowThemes.contains(filter.themeId());
			boolean g = filter.goal() == null || rowGoals.contains(filter.goal().longValue());
			if (r && t && k && th && g) {
				matches.add(row);
			}
			if (t && k && th && g) {
				regionCounts.merge(row.region(), 1, Integer::sum);
			}
			if (r && k && th && g) {
				townCounts.merge(row.town(), 1, Integer::sum);
			}
			if (r && t && th && g) {
				kindCounts.merge(row.kind(), 1, Integer::sum);
			}
			if (r && t && k && g) {
				rowThemes.forEach((theme) -> themeCounts.merge(theme, 1, Integer::sum));
			}
			if (r && t && k && th) {
				rowGoals.forEach((goal) -> goalCounts.merge(goal.intValue(), 1, Integer::sum));
			}
		}
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		// Collation keys once per row: comparing them is far cheaper than the collator.
		Map<Long, java.text.CollationKey> keys = new HashMap<>();
		matches.forEach((row) -> keys.put(row.id(), collator.getCollationKey(row.name())));
		matches.sort(Comparator.comparing((Row row) -> keys.get(row.id())).thenComparingLong(Row::id));
		int pages = Math.max(1, (matches.size() + pageSize - 1) / pageSize);
		int page = Math.min(Math.max(1, filter.page()), pages);
		List<Row> shown = matches.subList(Math.min(matches.size(), (page - 1) * pageSize),
				Math.min(matches.size(), page * pageSize));
		Map<String, Integer> towns = townCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing(Map.Entry.comparingByKey(collator)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		return new Result(cards(shown.stream().map(Row::id).toList()), matches.size(), page, pages, regionCounts,
				kindCounts, themeCounts, goalCounts, towns);
	}

	/** The cards of the given initiatives, in the order of {@code ids}. */
	List<Card> cards(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
		Map<Long, Card> found = query(
				"select id, slug, name, region, kind, town, summary, image_path from member_initiative where id in ("
						+ marks + ")",
				ids.toArray())
			.stream()
			.map((r) -> new Card(number(r[0]), (String) r[1], (String) r[2], Region.valueOf((String) r[3]),
					InitiativeKind.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7]))
			.collect(Collectors.toMap(Card::id, Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private List<Row> rows(String text) {
		String sql = "select id, name, region, kind, town from member_initiative where status = " + PUBLISHED;
		List<Object> args = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			String like = "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("([!%_])", "!$1") + "%";
			sql += " and (lower(name) like ? escape '!' or lower(town) like ? escape '!'"
					+ " or lower(summary) like ? escape '!')";
			args.add(like);
			args.add(like);
			args.add(like);
		}
		return query(sql, args.toArray()).stream()
			.map((r) -> new Row(number(r[0]), (String) r[1], Region.valueOf((String) r[2]),
					InitiativeKind.valueOf((String) r[3]), (String) r[4]))
			.toList();
	}

	private Map<Long, Set<Long>> links(String sql) {
		Map<Long, Set<Long>> links = new HashMap<>();
		for (Object[] row : query(sql)) {
			links.computeIfAbsent(number(row[0]), (id) -> new TreeSet<>()).add(number(row[1]));
		}
		return links;
	}

	@SuppressWarnings("unchecked")
	private List<Object[]> query(String sql, Object... args) {
		jakarta.persistence.Query query = this.entities.createNativeQuery(sql);
		for (int i = 0; i < args.length; i++) {
			query.setParameter(i + 1, args[i]);
		}
		return query.getResultList();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
