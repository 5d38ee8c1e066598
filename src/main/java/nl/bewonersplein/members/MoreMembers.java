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
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.content.RelatedContentSource;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.CardImage;
import nl.bewonersplein.site.HomeSection;
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

	private final Directory directory;

	private final MemberTexts texts;

	private final Clock clock;

	MoreMembers(Directory directory, MemberTexts texts, Clock clock) {
		this.directory = directory;
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
		long seed = Math.floorMod(LocalDate.now(this.clock.withZone(Dates.ZONE)).toEpochDay() * 31 + selfUrl.hashCode(),
				10007);
		Set<Long> themes = themeIds.stream().limit(20).collect(Collectors.toSet());
		// The kept published initiatives in a daily order: no statement, and one look at
		// each rather than a sort of them all.
		PriorityQueue<Candidate> best = new PriorityQueue<>(Comparator.comparingLong(Candidate::order).reversed());
		for (Directory.Entry entry : this.directory.published().entries()) {
			if (entry.card().slug().equals(self)) {
				continue;
			}
			boolean preferred = !themes.isEmpty() ? entry.themes().stream().anyMatch(themes::contains)
					: (region != null && entry.card().region() == region);
			long order = ((preferred ? 0L : 1L) << 50) + Math.floorMod(entry.id() * 7919 + seed, 10007) * 1_000_000_000L
					+ Math.floorMod(entry.id(), 1_000_000_000L);
			if (best.size() < CANDIDATES) {
				best.add(new Candidate(entry.card(), preferred, order));
			}
			else if (order < best.peek().order()) {
				best.poll();
				best.add(new Candidate(entry.card(), preferred, order));
			}
		}
		List<Candidate> sorted = new ArrayList<>(best);
		sorted.sort(Comparator.comparingLong(Candidate::order));
		return varied(sorted.stream().map(Candidate::card).toList(), sorted.stream().map(Candidate::preferred).toList(),
				limit);
	}

	private record Candidate(Directory.Card card, boolean preferred, long order) {

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
