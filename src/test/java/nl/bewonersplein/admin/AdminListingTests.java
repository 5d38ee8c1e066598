package nl.bewonersplein.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminListingTests {

	private static final Instant DAY = Instant.parse("2026-11-01T10:00:00Z");

	private static AdminListing.Entry entry(long id, String title, String status, List<String> themes, int day) {
		return new AdminListing.Entry(id, title, "/admin/x/" + id, "", status,
				status.equals("online") ? "Gepubliceerd" : "Concept", "", themes, DAY.plusSeconds(day * 86_400L));
	}

	private static final List<AdminListing.Entry> ENTRIES = List.of(
			entry(1, "Café in de wijk", "online", List.of("Eenzaamheid"), 1),
			entry(2, "Buurtbudget aanvragen", "concept", List.of("Geld", "Eenzaamheid"), 3),
			entry(3, "Cafe-avond in Wezep", "concept", List.of(), 2),
			entry(4, "Aan de slag met energie", "online", List.of("Energie"), 4));

	private static AdminListing.View list(Map<String, String> parameters) {
		return AdminListing.of("Artikelen", "/admin/x", "Nieuw", true, ENTRIES, ListQuery.of(parameters));
	}

	private static List<Long> ids(AdminListing.View view) {
		return view.rows().stream().map(AdminListing.Entry::id).toList();
	}

	@Test
	void searchIgnoresCaseAndAccentsAndNeedsEveryWord() {
		assertThat(ids(list(Map.of("q", "CAFE")))).containsExactlyInAnyOrder(1L, 3L);
		assertThat(ids(list(Map.of("q", "café wezep")))).containsExactly(3L);
		assertThat(list(Map.of("q", "café wezep")).filtered()).isTrue();
		assertThat(list(Map.of()).filtered()).isFalse();
	}

	@Test
	void filtersCountWhatTheOtherFiltersLeave() {
		AdminListing.View drafts = list(Map.of("status", "concept"));
		assertThat(ids(drafts)).containsExactlyInAnyOrder(2L, 3L);
		assertThat(drafts.themes()).extracting(AdminListing.Option::label, AdminListing.Option::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Eenzaamheid", 1L),
					org.assertj.core.groups.Tuple.tuple("Energie", 0L),
					org.assertj.core.groups.Tuple.tuple("Geld", 1L));
		AdminListing.View lonely = list(Map.of("thema", "Eenzaamheid"));
		assertThat(ids(lonely)).containsExactlyInAnyOrder(1L, 2L);
		assertThat(lonely.statuses())
			.extracting(AdminListing.Option::value, AdminListing.Option::count, AdminListing.Option::selected)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("concept", 1L, false),
					org.assertj.core.groups.Tuple.tuple("online", 1L, false));
		assertThat(list(Map.of("status", "online")).statuses()).filteredOn(AdminListing.Option::selected)
			.extracting(AdminListing.Option::value)
			.containsExactly("online");
	}

	@Test
	void sortsByLastChangeFirstChangeOrTitle() {
		assertThat(ids(list(Map.of()))).containsExactly(4L, 2L, 3L, 1L);
		assertThat(ids(list(Map.of("volgorde", "oudste")))).containsExactly(1L, 3L, 2L, 4L);
		assertThat(ids(list(Map.of("volgorde", "titel")))).containsExactly(4L, 2L, 1L, 3L);
		assertThat(ids(list(Map.of("volgorde", "onzin")))).as("unknown order: the default")
			.containsExactly(4L, 2L, 3L, 1L);
	}

	@Test
	void pagesKeepTheQueryInTheirLinks() {
		List<AdminListing.Entry> many = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			many.add(entry(i, "Stuk " + i, "concept", List.of(), i));
		}
		AdminListing.View first = AdminListing.of("Artikelen", "/admin/x", "", true, many,
				ListQuery.of(Map.of("q", "stuk & co")));
		assertThat(first.rows()).isEmpty();
		AdminListing.View page = AdminListing.of("Artikelen", "/admin/x", "", true, many,
				ListQuery.of(Map.of("q", "stuk", "volgorde", "titel", "pagina", "2")));
		assertThat(page.total()).isEqualTo(60);
		assertThat(page.pages()).isEqualTo(3);
		assertThat(page.rows()).hasSize(AdminListing.PAGE_SIZE);
		assertThat(page.previous()).isEqualTo("/admin/x?q=stuk&volgorde=titel&pagina=1");
		assertThat(page.next()).isEqualTo("/admin/x?q=stuk&volgorde=titel&pagina=3");
		AdminListing.View beyond = AdminListing.of("Artikelen", "/admin/x", "", true, many,
				ListQuery.of(Map.of("pagina", "99")));
		assertThat(beyond.page()).as("a page past the end shows the last").isEqualTo(3);
		assertThat(beyond.rows()).hasSize(10);
		assertThat(beyond.next()).isEmpty();
		assertThat(AdminListing.of("x", "/admin/x", "", false, many, ListQuery.of(Map.of("pagina", "-3"))).page())
			.isEqualTo(1);
		assertThat(AdminListing.of("x", "/admin/x", "", false, many, ListQuery.of(Map.of())).bulkAction()).isEmpty();
	}

}
