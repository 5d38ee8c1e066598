package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Meer van onze leden" picks preferred initiatives first, spread over regions. */
class MoreMembersTests {

	static Directory.Card card(long id, Region region) {
		return new Directory.Card(id, "i" + id, "Initiatief " + id, region, InitiativeKind.RESIDENTS_GROUP, "Plaats",
				"", null);
	}

	@Test
	void preferredOnesComeFirstInDifferentRegions() {
		List<Directory.Card> candidates = List.of(card(1, Region.OOST), card(2, Region.OOST), card(3, Region.ZUID),
				card(4, Region.WEST), card(5, Region.NOORD));
		List<Boolean> preferred = List.of(true, true, true, false, false);

		assertThat(MoreMembers.varied(candidates, preferred, 3)).extracting(Directory.Card::id)
			.containsExactly(1L, 3L, 2L);
	}

	@Test
	void othersFillUpInNewRegionsFirst() {
		List<Directory.Card> candidates = List.of(card(1, Region.OOST), card(2, Region.OOST), card(3, Region.OOST),
				card(4, Region.WEST));
		List<Boolean> preferred = List.of(true, false, false, false);

		assertThat(MoreMembers.varied(candidates, preferred, 3)).extracting(Directory.Card::id)
			.containsExactly(1L, 4L, 2L);
	}

}
