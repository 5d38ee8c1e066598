package nl.bewonersplein.members;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import nl.bewonersplein.ScaleTest;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Region;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Meer van onze leden" walks the kept initiatives in the day's order only as far as it
 * must, and picks exactly what looking at every initiative and keeping the best of all
 * would pick. On generated initiatives (the {@link ScaleTest} context).
 */
@ScaleTest
class MoreMembersPickTests {

	@Autowired
	MoreMembers more;

	@Autowired
	Directory directory;

	@Autowired
	Clock clock;

	@Test
	void picksWhatAFullLookWouldPickForEveryKindOfPage() {
		List<Directory.Entry> entries = this.directory.published().entries();
		assertThat(entries).hasSizeGreaterThan(150);
		List<Long> themes = entries.stream().flatMap((e) -> e.themes().stream()).distinct().sorted().toList();
		List<Collection<Long>> themeSets = new ArrayList<>();
		themeSets.add(Set.of());
		themes.forEach((theme) -> themeSets.add(Set.of(theme)));
		themeSets.add(Set.of(themes.get(0), themes.get(themes.size() - 1)));
		themeSets.add(Set.of(999_999L));
		List<String> pages = new ArrayList<>(List.of("/", "/nieuws/een-artikel", "/thema/zelfbeheer"));
		entries.stream().limit(40).forEach((e) -> pages.add(MemberPaths.profile(e.card().slug())));
		int compared = 0;
		for (String page : pages) {
			for (Collection<Long> themeSet : themeSets) {
				assertThat(ids(this.more.pick(themeSet, null, page, MoreMembers.SHOWN)))
					.as("themes %s on %s", themeSet, page)
					.isEqualTo(ids(everyOneLookedAt(entries, themeSet, null, page)));
				compared++;
			}
			for (Region region : Region.values()) {
				assertThat(ids(this.more.pick(Set.of(), region, page, MoreMembers.SHOWN)))
					.as("region %s on %s", region, page)
					.isEqualTo(ids(everyOneLookedAt(entries, Set.of(), region, page)));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(400);
	}

	private static List<Long> ids(List<Directory.Card> cards) {
		return cards.stream().map(Directory.Card::id).toList();
	}

	/**
	 * The daily order applied to every initiative, the best twelve kept (those preferred
	 * first), then varied: the straightforward way, to compare with.
	 */
	private List<Directory.Card> everyOneLookedAt(List<Directory.Entry> entries, Collection<Long> themes, Region region,
			String selfUrl) {
		String self = selfUrl.startsWith(MemberPaths.DIRECTORY + "/")
				? selfUrl.substring(MemberPaths.DIRECTORY.length() + 1) : "";
		long seed = Math.floorMod(LocalDate.now(this.clock.withZone(Dates.ZONE)).toEpochDay() * 31 + selfUrl.hashCode(),
				10007);
		record Candidate(Directory.Card card, boolean preferred, long order) {
		}
		List<Candidate> all = new ArrayList<>();
		for (Directory.Entry entry : entries) {
			if (entry.card().slug().equals(self)) {
				continue;
			}
			boolean preferred = !themes.isEmpty() ? entry.themes().stream().anyMatch(themes::contains)
					: (region != null && entry.card().region() == region);
			long order = ((preferred ? 0L : 1L) << 50) + Math.floorMod(entry.id() * 7919 + seed, 10007) * 1_000_000_000L
					+ entry.id();
			all.add(new Candidate(entry.card(), preferred, order));
		}
		PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingLong(Candidate::order));
		queue.addAll(all);
		List<Candidate> best = new ArrayList<>();
		while (best.size() < 12 && !queue.isEmpty()) {
			best.add(queue.poll());
		}
		return MoreMembers.varied(best.stream().map(Candidate::card).toList(),
				best.stream().map(Candidate::preferred).toList(), MoreMembers.SHOWN);
	}

}
