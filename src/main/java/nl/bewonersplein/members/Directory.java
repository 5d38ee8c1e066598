package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.text.CollationKey;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.bewonersplein.site.KeptData;

import org.springframework.stereotype.Component;

/**
 * The directory's search: the published initiatives that pass every filter, one page of
 * them, and for each filter how many would pass with that value chosen instead. Works on
 * {@link Published}, all published initiatives with what filters and cards need, read
 * with one statement and kept ({@link KeptData}) until the content changes, so a visit
 * costs no statement and no sorting however large the directory. Native queries through
 * the entity manager, so that Hibernate's statistics count them.
 */
@Component
class Directory {

	private static final String PUBLISHED = "'" + MemberInitiative.Status.PUBLISHED.name() + "'";

	@PersistenceContext
	private EntityManager entities;

	private final KeptData.Kept<Published> published;

	Directory(KeptData kept) {
		this.published = kept.of(this::load);
	}

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

	/**
	 * A published initiative as the directory filters it.
	 *
	 * @param card its card
	 * @param townKey its town as {@link Places#key}
	 * @param themes its themes' ids
	 * @param goals its goals
	 * @param name its name in lower case, for the text filter
	 * @param town its town in lower case
	 * @param summary its summary in lower case
	 */
	record Entry(Card card, String townKey, Set<Long> themes, Set<Long> goals, String name, String town,
			String summary) {

		long id() {
			return this.card.id();
		}

	}

	/**
	 * All published initiatives, by name (Dutch collation), each town's place in that
	 * same order, and the searches by filters (not words) done on them so far (at most
	 * {@link #SEARCHES_KEPT}).
	 */
	record Published(List<Entry> entries, Map<Long, Entry> byId, Map<String, Integer> townOrder,
			Map<Filter, Counted> searches) {

	}

	/** What passes a filter (all its pages) and the counts per filter value. */
	private record Counted(List<Entry> matches, Map<Region, Integer> regions, Map<InitiativeKind, Integer> kinds,
			Map<Long, Integer> themes, Map<Integer, Integer> goals, Map<String, Integer> towns) {

	}

	private static final int SEARCHES_KEPT = 200;

	/** All published initiatives, as kept. */
	Published published() {
		return this.published.get();
	}

	Result search(Filter filter, int pageSize) {
		Published published = this.published.get();
		String text = (filter.text() == null || filter.text().isBlank()) ? null
				: filter.text().strip().toLowerCase(Locale.ROOT);
		String town = (filter.town() == null || filter.town().isBlank()) ? null : Places.key(filter.town());
		// Counted once per choice of filters and content version: the pages of a search
		// and repeated visits only slice what was counted. Searches for words are counted
		// each time: any words can be typed, and they would crowd out the filters.
		Filter key = new Filter(filter.region(), town, filter.kind(), filter.themeId(), filter.goal(), text, 1);
		Counted counted = (text == null) ? published.searches().get(key) : null;
		if (counted == null) {
			counted = count(published, key);
			if (text == null && published.searches().size() < SEARCHES_KEPT) {
				published.searches().put(key, counted);
			}
		}
		List<Entry> matches = counted.matches();
		int pages = Math.max(1, (matches.size() + pageSize - 1) / pageSize);
		int page = Math.min(Math.max(1, filter.page()), pages);
		List<Entry> shown = matches.subList(Math.min(matches.size(), (page - 1) * pageSize),
				Math.min(matches.size(), page * pageSize));
		return new Result(shown.stream().map(Entry::card).toList(), matches.size(), page, pages, counted.regions(),
				counted.kinds(), counted.themes(), counted.goals(), counted.towns());
	}

	/**
	 * Every initiative looked at once: those passing {@code filter} (its town a
	 * {@link Places#key}, its text in lower case), and for each filter how many would
	 * pass with another value of it.
	 */
	private static Counted count(Published published, Filter filter) {
		String text = filter.text();
		String town = filter.town();
		List<Entry> matches = new ArrayList<>();
		Map<Region, Integer> regionCounts = new EnumMap<>(Region.class);
		Map<InitiativeKind, Integer> kindCounts = new EnumMap<>(InitiativeKind.class);
		Map<Long, Integer> themeCounts = new HashMap<>();
		Map<Integer, Integer> goalCounts = new TreeMap<>();
		Map<String, Integer> townCounts = new HashMap<>();
		for (Entry row : published.entries()) {
			if (text != null
					&& !(row.name().contains(text) || row.town().contains(text) || row.summary().contains(text))) {
				continue;
			}
			Set<Long> rowThemes = row.themes();
			Set<Long> rowGoals = row.goals();
			boolean r = filter.region() == null || filter.region() == row.card().region();
			boolean t = town == null || town.equals(row.townKey());
			boolean k = filter.kind() == null || filter.kind() == row.card().kind();
			boolean th = filter.themeId() == null || rowThemes.contains(filter.themeId());
			boolean g = filter.goal() == null || rowGoals.contains(filter.goal().longValue());
			if (r && t && k && th && g) {
				matches.add(row);
			}
			if (t && k && th && g) {
				regionCounts.merge(row.card().region(), 1, Integer::sum);
			}
			if (r && k && th && g) {
				townCounts.merge(row.card().town(), 1, Integer::sum);
			}
			if (r && t && th && g) {
				kindCounts.merge(row.card().kind(), 1, Integer::sum);
			}
			if (r && t && k && g) {
				rowThemes.forEach((theme) -> themeCounts.merge(theme, 1, Integer::sum));
			}
			if (r && t && k && th) {
				rowGoals.forEach((goal) -> goalCounts.merge(goal.intValue(), 1, Integer::sum));
			}
		}
		Map<String, Integer> order = published.townOrder();
		Map<String, Integer> towns = townCounts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue()
				.reversed()
				.thenComparing((entry) -> order.getOrDefault(entry.getKey(), Integer.MAX_VALUE)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		return new Counted(List.copyOf(matches), Collections.unmodifiableMap(regionCounts),
				Collections.unmodifiableMap(kindCounts), Collections.unmodifiableMap(themeCounts),
				Collections.unmodifiableMap(goalCounts), Collections.unmodifiableMap(towns));
	}

	/** The cards of the given published initiatives, in the order of {@code ids}. */
	List<Card> cards(List<Long> ids) {
		Map<Long, Entry> byId = this.published.get().byId();
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(Entry::card).toList();
	}

	/**
	 * One statement: the published initiatives (tag 0), their themes (1) and their goals
	 * (2).
	 */
	private Published load() {
		String from = " join member_initiative i on i.id = l.initiative_id where i.status = " + PUBLISHED;
		List<Object[]> rows = query("select 0, i.id, i.slug, i.name, i.region, i.kind, i.town, i.summary,"
				+ " i.image_path, cast(null as bigint) from member_initiative i where i.status = " + PUBLISHED
				+ " union all select 1, l.initiative_id, null, null, null, null, null, null, null, l.theme_id"
				+ " from member_initiative_theme l" + from
				+ " union all select 2, l.initiative_id, null, null, null, null, null, null, null, l.goal"
				+ " from member_initiative_goal l" + from);
		List<Card> cards = new ArrayList<>();
		Map<Long, Set<Long>> themes = new HashMap<>();
		Map<Long, Set<Long>> goals = new HashMap<>();
		for (Object[] r : rows) {
			int tag = ((Number) r[0]).intValue();
			long id = number(r[1]);
			if (tag == 0) {
				cards.add(new Card(id, (String) r[2], (String) r[3], Region.valueOf((String) r[4]),
						InitiativeKind.valueOf((String) r[5]), (String) r[6], (String) r[7], (String) r[8]));
			}
			else {
				((tag == 1) ? themes : goals).computeIfAbsent(id, (key) -> new TreeSet<>()).add(number(r[9]));
			}
		}
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		// Collation keys once per row: comparing them is far cheaper than the collator.
		Map<Long, CollationKey> keys = new HashMap<>();
		cards.forEach((card) -> keys.put(card.id(), collator.getCollationKey(card.name())));
		cards.sort(Comparator.comparing((Card card) -> keys.get(card.id())).thenComparingLong(Card::id));
		List<Entry> entries = new ArrayList<>();
		Map<Long, Entry> byId = new HashMap<>();
		for (Card card : cards) {
			Entry entry = new Entry(card, Places.key(card.town()),
					Collections.unmodifiableSet(themes.getOrDefault(card.id(), Set.of())),
					Collections.unmodifiableSet(goals.getOrDefault(card.id(), Set.of())), lower(card.name()),
					lower(card.town()), lower(card.summary()));
			entries.add(entry);
			byId.put(card.id(), entry);
		}
		List<String> townNames = new ArrayList<>(new TreeSet<>(cards.stream().map(Card::town).toList()));
		townNames.sort(collator);
		Map<String, Integer> townOrder = new HashMap<>();
		for (int i = 0; i < townNames.size(); i++) {
			townOrder.put(townNames.get(i), i);
		}
		return new Published(List.copyOf(entries), Map.copyOf(byId), Map.copyOf(townOrder), new ConcurrentHashMap<>());
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : "";
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
