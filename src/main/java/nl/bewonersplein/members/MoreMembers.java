package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.bewonersplein.content.RelatedContentSource;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.CardImage;
import nl.bewonersplein.site.HomeSection;
import nl.bewonersplein.site.KeptData;
import nl.bewonersplein.shared.Link;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Meer van onze leden": three initiatives under articles, on theme pages, on profiles
 * and on the home page. Varied (different regions where it can), preferring the page's
 * themes (or, on a profile, its region), and changing every day: the order is a
 * pseudo-random shuffle seeded by the date and the page, so a page stays the same within
 * a day (and keeps its ETag). From the directory's kept initiatives: no statement.
 */
@Component
@Transactional(readOnly = true)
class MoreMembers implements RelatedContentSource, HomeSection.Provider {

	static final int SHOWN = 3;

	private static final int CANDIDATES = 12;

	private static final int MODULUS = 10007;

	private final Directory directory;

	private final MemberTexts texts;

	private final Clock clock;

	private final KeptData.Kept<Shuffle> shuffle;

	MoreMembers(Directory directory, MemberTexts texts, Clock clock, KeptData kept) {
		this.directory = directory;
		this.shuffle = kept.of(this::shuffle);
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public String titleKey() {
		return "members.more.title";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public List<RelatedItem> find(RelatedQuery query) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Directory.Card> cards = pick(query.themeIds(), null, query.selfUrl(), Math.min(query.limit(), SHOWN));
		Map<String, CardImage> images = this.texts.images(cards);
		return cards.stream()
			.map((card) -> new RelatedItem(card.name(), MemberPaths.profile(card.slug()),
					this.texts.region(card.region(), locale), card.town(), card.summary(), true,
					images.get(card.imagePath())))
			.toList();
	}

	@Override
	public Optional<HomeSection> homeSection(Locale locale) {
		List<Directory.Card> cards = pick(Set.of(), null, "/", SHOWN);
		Map<String, CardImage> images = this.texts.images(cards);
		List<HomeSection.Teaser> teasers = cards.stream()
			.map((card) -> new HomeSection.Teaser(this.texts.region(card.region(), locale), card.name(), card.summary(),
					MemberPaths.profile(card.slug()), card.town(), images.get(card.imagePath())))
			.toList();
		if (teasers.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection(40, this.texts.t("members.more.title", locale), teasers,
				new Link(this.texts.t("members.more.all", locale), MemberPaths.DIRECTORY)));
	}

	/**
	 * Up to {@code limit} published initiatives other than the page itself, those sharing
	 * a theme (or the region) first, then varied by region.
	 */
	List<Directory.Card> pick(Collection<Long> themeIds, Region region, String selfUrl, int limit) {
		String self = selfUrl.startsWith(MemberPaths.DIRECTORY + "/")
				? selfUrl.substring(MemberPaths.DIRECTORY.length() + 1) : "";
		int seed = Math.floorMod(LocalDate.now(this.clock.withZone(Dates.ZONE)).toEpochDay() * 31 + selfUrl.hashCode(),
				MODULUS);
		Set<Long> themes = themeIds.stream().limit(20).collect(Collectors.toSet());
		Shuffle shuffle = this.shuffle.get();
		boolean anyPreferred = !themes.isEmpty() ? themes.stream().anyMatch(shuffle.themes()::contains)
				: region != null;
		// Today's order is (rank + seed) mod MODULUS: the initiatives ranked from
		// MODULUS - seed up, then from 0. Walked in that order, the first CANDIDATES
		// preferred ones (or all preferred and the first others) are the candidates, and
		// the walk ends as soon as they are found.
		List<Directory.Entry> ranked = shuffle.ranked();
		int start = firstRankedFrom(shuffle.ranks(), MODULUS - seed);
		List<Directory.Card> preferred = new ArrayList<>();
		List<Directory.Card> others = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			Directory.Entry entry = ranked.get((start + i) % ranked.size());
			if (entry.card().slug().equals(self)) {
				continue;
			}
			boolean wanted = !themes.isEmpty() ? entry.themes().stream().anyMatch(themes::contains)
					: (region != null && entry.card().region() == region);
			if (wanted) {
				preferred.add(entry.card());
			}
			else if (others.size() < CANDIDATES) {
				others.add(entry.card());
			}
			if (preferred.size() == CANDIDATES || (!anyPreferred && others.size() == CANDIDATES)) {
				break;
			}
		}
		List<Directory.Card> candidates = new ArrayList<>(preferred);
		others.stream().limit(CANDIDATES - preferred.size()).forEach(candidates::add);
		return varied(candidates, IntStream.range(0, candidates.size()).mapToObj((i) -> i < preferred.size()).toList(),
				limit);
	}

	/** An initiative's place in the daily shuffle before the day's seed is added. */
	private static int rank(long id) {
		return Math.floorMod(id * 7919, MODULUS);
	}

	/** The index of the first of {@code ranks} (ascending) at least {@code rank}. */
	private static int firstRankedFrom(int[] ranks, int rank) {
		int found = java.util.Arrays.binarySearch(ranks, rank);
		if (found < 0) {
			return -found - 1;
		}
		while (found > 0 && ranks[found - 1] == rank) {
			found--;
		}
		return found;
	}

	/** The published initiatives by rank, then id, without the day's seed. */
	private Shuffle shuffle() {
		List<Directory.Entry> ranked = this.directory.published()
			.entries()
			.stream()
			.sorted(Comparator.comparingInt((Directory.Entry entry) -> rank(entry.id()))
				.thenComparingLong(Directory.Entry::id))
			.toList();
		return new Shuffle(ranked, ranked.stream().mapToInt((entry) -> rank(entry.id())).toArray(),
				ranked.stream().flatMap((entry) -> entry.themes().stream()).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * The published initiatives ordered by {@link #rank}, their ranks, and every theme
	 * one of them has.
	 */
	private record Shuffle(List<Directory.Entry> ranked, int[] ranks, Set<Long> themes) {

	}

	/**
	 * Picks in candidate order, first those preferred in regions not yet picked, then any
	 * preferred, then the others likewise.
	 */
	static List<Directory.Card> varied(List<Directory.Card> candidates, List<Boolean> preferred, int limit) {
		List<Directory.Card> picked = new ArrayList<>();
		Set<Region> regions = EnumSet.noneOf(Region.class);
		for (boolean wanted : List.of(true, false)) {
			for (boolean newRegionOnly : List.of(true, false)) {
				for (int i = 0; i < candidates.size() && picked.size() < limit; i++) {
					Directory.Card card = candidates.get(i);
					if (preferred.get(i) == wanted && !picked.contains(card)
							&& (!newRegionOnly || !regions.contains(card.region()))) {
						picked.add(card);
						regions.add(card.region());
					}
				}
			}
		}
		return picked;
	}

}
