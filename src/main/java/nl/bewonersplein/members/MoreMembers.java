package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
 * a day (and keeps its ETag). One statement.
 */
@Component
@Transactional(readOnly = true)
class MoreMembers implements RelatedContentSource, HomeSection.Provider {

	static final int SHOWN = 3;

	private static final int CANDIDATES = 12;

	@PersistenceContext
	private EntityManager entities;

	private final MemberTexts texts;

	private final Clock clock;

	MoreMembers(MemberTexts texts, Clock clock) {
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
		List<Long> themes = themeIds.stream().limit(20).toList();
		StringBuilder preference = new StringBuilder("0");
		if (!themes.isEmpty()) {
			preference = new StringBuilder("case when exists (select 1 from member_initiative_theme t"
					+ " where t.initiative_id = i.id and t.theme_id in ("
					+ themes.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")) then 0 else 1 end");
		}
		else if (region != null) {
			preference = new StringBuilder("case when i.region = '" + region.name() + "' then 0 else 1 end");
		}
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entities
			.createNativeQuery("select i.id, i.slug, i.name, i.region, i.kind, i.town, i.summary, i.image_path, "
					+ preference + " as preferred from member_initiative i where i.status = 'PUBLISHED' and i.slug <> ?"
					+ " order by preferred, mod(i.id * 7919 + ?, 10007) fetch first " + CANDIDATES + " rows only")
			.setParameter(1, self)
			.setParameter(2, seed)
			.getResultList();
		List<Directory.Card> candidates = new ArrayList<>();
		List<Boolean> preferred = new ArrayList<>();
		for (Object[] row : rows) {
			candidates.add(new Directory.Card(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
					Region.valueOf((String) row[3]), InitiativeKind.valueOf((String) row[4]), (String) row[5],
					(String) row[6], (String) row[7]));
			preferred.add(((Number) row[8]).intValue() == 0);
		}
		return varied(candidates, preferred, limit);
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
